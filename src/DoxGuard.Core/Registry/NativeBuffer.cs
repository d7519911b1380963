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

    private T* _items;

    /// <summary>Allocates <paramref name="length"/> items, all zero when <paramref name="clear"/>.</summary>
    public NativeBuffer(int length, bool clear = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        _items = Allocate(length);
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
