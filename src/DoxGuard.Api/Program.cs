namespace DoxGuard.Api;

/// <summary>Entry point of the service when run on its own (the CLI's <c>serve</c> uses <see cref="ServiceApp"/> directly).</summary>
public sealed class Program
{
    private Program()
    {
    }

    /// <summary>Runs the service until it is stopped.</summary>
    public static Task Main(string[] args) => ServiceApp.Build(args).RunAsync();
}
