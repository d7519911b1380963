using System.Globalization;

namespace DoxGuard.Cli.Commands;

/// <summary>
/// Reads <c>--name value</c>, <c>--name=value</c> and <c>--flag</c> options; anything unexpected is a usage error.
/// Small on purpose: the commands have few options and a parser library would cost start-up time on every run.
/// </summary>
internal sealed class ArgReader
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly List<string> _positionals = [];

    public ArgReader(string[] args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flags)
    {
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                _positionals.Add(arg);
                continue;
            }

            string name = arg;
            string? inline = null;
            int eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                name = arg[..eq];
                inline = arg[(eq + 1)..];
            }

            if (flags.Contains(name))
            {
                if (inline is not null)
                {
                    throw new UsageException($"{name} takes no value");
                }

                _options[name] = null;
            }
            else if (valueOptions.Contains(name))
            {
                if (inline is null)
                {
                    if (i + 1 >= args.Length)
                    {
                        throw new UsageException($"{name} needs a value");
                    }

                    inline = args[++i];
                }

                if (_options.ContainsKey(name))
                {
                    throw new UsageException($"{name} given twice");
                }

                _options[name] = inline;
            }
            else
            {
                throw new UsageException($"unknown option '{name}'");
            }
        }
    }

    public IReadOnlyList<string> Positionals => _positionals;

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Value(string name) => _options.TryGetValue(name, out string? v) ? v : null;

    public int IntValue(string name, int fallback, int min, int max)
    {
        string? raw = Value(name);
        if (raw is null)
        {
            return fallback;
        }

        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || value < min || value > max)
        {
            throw new UsageException($"{name} must be a whole number from {min} to {max}, not '{raw}'");
        }

        return value;
    }

    /// <summary>The option's value as a number (invariant culture), or <paramref name="fallback"/> when absent.</summary>
    public float FloatValue(string name, float fallback)
    {
        string? raw = Value(name);
        if (raw is null)
        {
            return fallback;
        }

        if (!float.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out float value))
        {
            throw new UsageException($"{name} must be a number, not '{raw}'");
        }

        return value;
    }

    public void NoPositionals()
    {
        if (_positionals.Count > 0)
        {
            throw new UsageException($"unexpected argument '{_positionals[0]}'");
        }
    }
}
