using System.Runtime.InteropServices;

namespace DoxGuard.Registry;

/// <summary>
/// A large table of the loaded registry held outside the garbage-collected heap, 64-byte aligned. A million records
/// make ~200 MB of index, prefilter and record ids; held in managed arrays they made every allocation of the scan
/// dearer, not only the matcher's: measured with the 1M registry, and with a 200 MB array of numbers kept alive in a
/// scan without registry, gen-0 allocation (clearing, page faults of re-committed memory) and the collector's
/// decommits rose by ~0.7 µs a post (docs/registry.md, Scale). The collector is not told about this memory
/// (<c>GC.AddMemoryPressure</c> would bring back the extra collections): it holds no references and lives as long
/// as the matcher.
/// </summary>
/// <remarks>
/// Whoever reads the memory through <see cref="Pointer"/> or <see cref="Span"/> must keep this object reachable until
/// the read is done (<c>GC.KeepAlive</c>), since the finalizer frees the memory.
/// </remarks>
internal sealed unsafe class NativeBuffer<T>
    where T : unmanaged
{
    private const int Alignment = 64;
    private const int HugePage = 2 << 20;

    private T* _items;

    /// <summary>
    /// Allocates <paramref name="length"/> items, all zero when <paramref name="clear"/>. With
    /// <paramref name="hugePages"/>, a table of 2 MB or more is asked to be backed by 2 MB pages on Linux: the matcher
    /// reads its tables at random (one filter block, one index bucket a lookup), and with 4 KB pages nearly every read
    /// also missed the TLB, whose walk is dearer still in a virtual machine.
    /// </summary>
    public NativeBuffer(int length, bool clear = true, bool hugePages = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        _items = hugePages && OperatingSystem.IsLinux() && (long)length * sizeof(T) >= HugePage
            ? AllocateHuge(length)
            : Allocate(length);
        Length = length;
        if (clear)
        {
            Span.Clear();
        }
    }

    ~NativeBuffer() => Free();

    /// <summary>Number of items.</summary>
    public int Length { get; private set; }

    /// <summary>The first item; 64-byte aligned.</summary>
    public T* Pointer => _items;

    /// <summary>The items.</summary>
    public Span<T> Span => new(_items, Length);

    /// <summary>Grows (or shrinks) to <paramref name="length"/> items, keeping the first ones; new items are not cleared.</summary>
    public void Resize(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        T* items = Allocate(length);
        new ReadOnlySpan<T>(_items, Math.Min(Length, length)).CopyTo(new Span<T>(items, length));
        NativeMemory.AlignedFree(_items);
        _items = items;
        Length = length;
    }

    /// <summary>
    /// Frees the memory at once, for the build's temporary tables (not <see cref="IDisposable"/>: the tables that
    /// outlive the build are owned by the matcher, which lives as long as its engine, and are freed by the finalizer).
    /// </summary>
    public void Release() => Free();

    private static T* Allocate(int length) =>
        (T*)NativeMemory.AlignedAlloc((nuint)Math.Max(1L, (long)length * sizeof(T)), Alignment);

    private static T* AllocateHuge(int length)
    {
        // Whole 2 MB pages, advised before the first touch so that the faults that fill the table take huge pages.
        long bytes = ((long)length * sizeof(T) + HugePage - 1) / HugePage * HugePage;
        void* items = NativeMemory.AlignedAlloc((nuint)bytes, HugePage);
        _ = NativeMethods.Madvise(items, (nuint)bytes, NativeMethods.MadvHugePage);
        return (T*)items;
    }

    private void Free()
    {
        if (_items is not null)
        {
            NativeMemory.AlignedFree(_items);
            _items = null;
            Length = 0;
        }
    }
}

/// <summary>The one system call the registry's tables use; a failure only means 4 KB pages.</summary>
internal static unsafe partial class NativeMethods
{
    public const int MadvHugePage = 14;

    [LibraryImport("libc", EntryPoint = "madvise")]
    public static partial int Madvise(void* address, nuint length, int advice);
}
