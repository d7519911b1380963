using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using DoxGuard.Analysis;
using DoxGuard.Policy;

namespace DoxGuard.Contract;

/// <summary>Options of a JSON Lines scan run.</summary>
public sealed class JsonLinesScanOptions
{
    /// <summary>Per-record limits.</summary>
    public ScanInputLimits Limits { get; init; } = new();

    /// <summary>How many batches are scanned at once.</summary>
    /// <value>The default value is <see cref="Environment.ProcessorCount"/>.</value>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Lines per batch: large enough to amortise hand-offs between threads, small enough to stream.</summary>
    /// <value>The default value is 256.</value>
    public int BatchLines { get; init; } = 256;

    /// <summary>Fails fast with a message naming the bad setting.</summary>
    public void Validate()
    {
        Limits.Validate();
        if (Parallelism is < 1 or > 256)
        {
            throw new ArgumentOutOfRangeException(nameof(Parallelism), Parallelism, "parallelism must be between 1 and 256");
        }

        if (BatchLines is < 1 or > 100_000)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchLines), BatchLines, "batch size must be between 1 and 100000 lines");
        }
    }
}

/// <summary>Running totals of a scan, for progress reports and the final summary.</summary>
public sealed class ScanSummary
{
    private readonly long[] _actions = new long[Enum.GetValues<ModerationAction>().Length];

    /// <summary>Input lines read (one output record each).</summary>
    public long Records { get; private set; }

    /// <summary>Lines that produced an error record.</summary>
    public long Errors { get; private set; }

    /// <summary>Time since the run started.</summary>
    public TimeSpan Elapsed { get; internal set; }

    /// <summary>Records per second so far.</summary>
    public double RecordsPerSecond => Elapsed.TotalSeconds > 0 ? Records / Elapsed.TotalSeconds : 0;

    /// <summary>How many results got <paramref name="action"/>.</summary>
    public long Count(ModerationAction action) => _actions[(int)action];

    internal void Add(ScanSummary batch)
    {
        Records += batch.Records;
        Errors += batch.Errors;
        for (int i = 0; i < _actions.Length; i++)
        {
            _actions[i] += batch._actions[i];
        }
    }

    internal void AddResult(ModerationAction action)
    {
        Records++;
        _actions[(int)action]++;
    }

    internal void AddError()
    {
        Records++;
        Errors++;
    }
}

/// <summary>
/// Scans a stream of contract input lines into a stream of contract output lines: exactly one output line per input
/// line, in input order, whatever the input holds. Batches are scanned in parallel and written in order.
/// </summary>
public sealed class JsonLinesScanner
{
    private const int ReadBufferBytes = 256 * 1024;
    private readonly ScanEngine _engine;
    private readonly JsonLinesScanOptions _options;

    /// <summary>Creates a scanner over <paramref name="engine"/>.</summary>
    public JsonLinesScanner(ScanEngine engine, JsonLinesScanOptions? options = null)
    {
        _engine = engine;
        _options = options ?? new JsonLinesScanOptions();
        _options.Validate();
    }

    /// <summary>
    /// Scans <paramref name="input"/> to <paramref name="output"/>. Progress is reported after each batch. A read error
    /// propagates as <see cref="IOException"/> after everything read so far has been written.
    /// </summary>
    public async Task<ScanSummary> RunAsync(Stream input, Stream output, IProgress<ScanSummary>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var clock = Stopwatch.StartNew();
        var total = new ScanSummary();
        int parallelism = _options.Parallelism;
        var pending = Channel.CreateBounded<Task<BatchOutput>>(new BoundedChannelOptions(parallelism * 2)
        {
            SingleReader = true,
            SingleWriter = true,
        });

        Task producer = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (LineBatch batch in ReadBatchesAsync(input, cancellationToken).ConfigureAwait(false))
                    {
                        Task<BatchOutput> work = parallelism == 1
                            ? Task.FromResult(ScanBatch(batch))
                            : Task.Run(() => ScanBatch(batch), cancellationToken);
                        await pending.Writer.WriteAsync(work, cancellationToken).ConfigureAwait(false);
                    }

                    pending.Writer.Complete();
                }
                catch (Exception ex)
                {
                    pending.Writer.Complete(ex);
                }
            },
            cancellationToken);

        await foreach (Task<BatchOutput> work in pending.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            BatchOutput done = await work.ConfigureAwait(false);
            await output.WriteAsync(done.Bytes.WrittenMemory, cancellationToken).ConfigureAwait(false);
            done.Bytes.Dispose();
            total.Add(done.Summary);
            total.Elapsed = clock.Elapsed;
            progress?.Report(total);
        }

        await producer.ConfigureAwait(false);
        await pending.Reader.Completion.ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        total.Elapsed = clock.Elapsed;
        return total;
    }

    private BatchOutput ScanBatch(LineBatch batch)
    {
        // Output records run about twice their input with --redact; a pooled buffer of three times the input rarely
        // grows, and a batch's buffer (often over the large-object threshold) is reused instead of allocated per batch.
        var buffer = new PooledBufferWriter(Math.Max(4096, batch.DataLength * 3));
        var summary = new ScanSummary();
        using (var writer = new Utf8JsonWriter(buffer, ScanOutputWriter.WriterOptions))
        {
            for (int i = 0; i < batch.Count; i++)
            {
                long lineNumber = batch.FirstLineNumber + i;
                ScanInput parsed = batch.Lengths[i] < 0
                    ? new ScanInput(null, ScanInputParser.OversizedLine(lineNumber, _options.Limits))
                    : ScanInputParser.Parse(batch.Data.AsSpan(batch.Starts[i], batch.Lengths[i]), lineNumber, _options.Limits);
                WriteRecord(writer, parsed, summary);
                writer.Flush();
                writer.Reset();
                buffer.Write("\n"u8);
            }
        }

        ArrayPool<byte>.Shared.Return(batch.Data);
        return new BatchOutput(buffer, summary);
    }

    private void WriteRecord(Utf8JsonWriter writer, ScanInput parsed, ScanSummary summary)
    {
        if (parsed.Request is null)
        {
            ScanOutputWriter.WriteError(writer, parsed.Error!);
            summary.AddError();
            return;
        }

        ScanResult result;
        try
        {
            result = _engine.Scan(parsed.Request);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The per-record loop never throws: an engine fault becomes this record's error, and the run goes on.
            ScanOutputWriter.WriteError(writer, new ScanError(parsed.Request.Id, $"internal error while scanning ({ex.GetType().Name}); the record was not judged"));
            summary.AddError();
            return;
        }

        ScanOutputWriter.WriteResult(writer, result);
        summary.AddResult(result.Action);
    }

    private async IAsyncEnumerable<LineBatch> ReadBatchesAsync(Stream input, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        int maxLine = _options.Limits.MaxLineBytes;
        byte[] buffer = new byte[Math.Min(ReadBufferBytes, maxLine + 1)];
        int filled = 0;
        bool eof = false;
        bool skipping = false; // inside a line longer than maxLine: its bytes are dropped until the next '\n'
        long lineNumber = 1;
        var batch = new LineBatchBuilder(_options.BatchLines, lineNumber);

        while (true)
        {
            int consumed = 0;
            int newline;
            while ((newline = buffer.AsSpan(consumed, filled - consumed).IndexOf((byte)'\n')) >= 0)
            {
                if (skipping || newline > maxLine)
                {
                    batch.AddOversized();
                    skipping = false;
                }
                else
                {
                    batch.Add(buffer.AsSpan(consumed, newline));
                }

                consumed += newline + 1;
                lineNumber++;
                if (batch.IsFull)
                {
                    yield return batch.Build();
                    batch = new LineBatchBuilder(_options.BatchLines, lineNumber);
                }
            }

            filled -= consumed;
            if (consumed > 0 && filled > 0)
            {
                buffer.AsSpan(consumed, filled).CopyTo(buffer);
            }

            if (eof)
            {
                // A last line without a terminating newline still is a line.
                if (skipping || filled > maxLine)
                {
                    batch.AddOversized();
                }
                else if (filled > 0)
                {
                    batch.Add(buffer.AsSpan(0, filled));
                }

                break;
            }

            if (filled == buffer.Length)
            {
                // No newline in a full buffer: grow up to the line limit, then drop the rest of the line unbuffered.
                if (buffer.Length <= maxLine)
                {
                    Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, maxLine + 1L));
                }
                else
                {
                    skipping = true;
                    filled = 0;
                }
            }

            int read = await input.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                eof = true;
            }

            filled += read;
        }

        if (batch.Count > 0)
        {
            yield return batch.Build();
        }
    }

    private readonly record struct BatchOutput(PooledBufferWriter Bytes, ScanSummary Summary);

    /// <summary>An <see cref="IBufferWriter{T}"/> over arrays rented from the shared pool; dispose returns the array.</summary>
    private sealed class PooledBufferWriter(int initialCapacity) : IBufferWriter<byte>, IDisposable
    {
        private byte[] _array = ArrayPool<byte>.Shared.Rent(initialCapacity);
        private int _written;

        public ReadOnlyMemory<byte> WrittenMemory => _array.AsMemory(0, _written);

        public void Advance(int count) => _written += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return _array.AsMemory(_written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return _array.AsSpan(_written);
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_array);
            _array = [];
        }

        private void Reserve(int sizeHint)
        {
            int needed = _written + Math.Max(sizeHint, 1);
            if (needed <= _array.Length)
            {
                return;
            }

            byte[] bigger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _array.Length * 2));
            _array.AsSpan(0, _written).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_array);
            _array = bigger;
        }
    }

    private sealed class LineBatch
    {
        public required byte[] Data { get; init; }

        public required int DataLength { get; init; }

        public required int[] Starts { get; init; }

        public required int[] Lengths { get; init; }

        public required int Count { get; init; }

        public required long FirstLineNumber { get; init; }
    }

    private sealed class LineBatchBuilder(int capacity, long firstLineNumber)
    {
        private readonly int[] _starts = new int[capacity];
        private readonly int[] _lengths = new int[capacity];
        private byte[] _data = ArrayPool<byte>.Shared.Rent(64 * 1024);
        private int _dataLength;

        public int Count { get; private set; }

        // A byte budget as well as a line budget keeps memory flat when lines are long.
        public bool IsFull => Count == capacity || _dataLength >= 4 * 1024 * 1024;

        public void Add(ReadOnlySpan<byte> line)
        {
            if (_dataLength + line.Length > _data.Length)
            {
                byte[] bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_data.Length * 2, _dataLength + line.Length));
                _data.AsSpan(0, _dataLength).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(_data);
                _data = bigger;
            }

            line.CopyTo(_data.AsSpan(_dataLength));
            _starts[Count] = _dataLength;
            _lengths[Count] = line.Length;
            _dataLength += line.Length;
            Count++;
        }

        public void AddOversized()
        {
            _starts[Count] = _dataLength;
            _lengths[Count] = -1;
            Count++;
        }

        public LineBatch Build() => new()
        {
            Data = _data,
            DataLength = _dataLength,
            Starts = _starts,
            Lengths = _lengths,
            Count = Count,
            FirstLineNumber = firstLineNumber,
        };
    }
}
