using System.Globalization;
using DoxGuard.Contract;

namespace DoxGuard.Cli.Commands;

/// <summary>
/// A live progress line on standard error when it is a terminal: a bar when the input's size is known (a file),
/// otherwise a running count. Never writes to standard output.
/// </summary>
internal sealed class ProgressDisplay : IProgress<ScanSummary>, IDisposable
{
    private const int BarWidth = 30;
    private readonly TextWriter _stderr;
    private readonly Stream _input;
    private readonly Lock _gate = new();
    private long _lastDrawTicks;
    private bool _drawn;

    private ProgressDisplay(TextWriter stderr, Stream input)
    {
        _stderr = stderr;
        _input = input;
    }

    /// <summary>A display when standard error is a terminal; null otherwise (logs and pipes get only the summary).</summary>
    public static ProgressDisplay? ForStandardError(TextWriter stderr, Stream input) =>
        ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected ? new ProgressDisplay(stderr, input) : null;

    public void Report(ScanSummary value)
    {
        long now = Environment.TickCount64;
        lock (_gate)
        {
            if (now - _lastDrawTicks < 200)
            {
                return;
            }

            _lastDrawTicks = now;
            string line = string.Create(CultureInfo.InvariantCulture, $"{value.Records,12:N0} records  {value.RecordsPerSecond,9:N0}/s");
            if (_input.CanSeek && _input.Length > 0)
            {
                double fraction = Math.Clamp((double)_input.Position / _input.Length, 0, 1);
                int filled = (int)(fraction * BarWidth);
                line = $"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {fraction * 100,5:F1}% " + line;
            }

            _stderr.Write("\r" + line);
            _drawn = true;
        }
    }

    public void Finish()
    {
        lock (_gate)
        {
            if (_drawn)
            {
                _stderr.Write("\r\u001b[2K");
                _drawn = false;
            }
        }
    }

    public void Dispose() => Finish();
}
