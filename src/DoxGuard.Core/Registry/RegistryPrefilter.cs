using System.Runtime.Intrinsics.X86;

namespace DoxGuard.Registry;

/// <summary>
/// Every record's 32-bit prefilter tags (<see cref="KeyedHasher.Tag"/>) in a blocked Bloom filter: a candidate whose
/// tag is absent is in no record and skips the HMAC; a present one (every registered detail, plus about one in 100
/// others at 12 million tags) pays the HMAC and the exact lookup in <see cref="RegistryIndex"/>. A tag selects one
/// 64-byte block and sets one bit in each of its eight 64-bit words, so a lookup reads exactly one cache line of a
/// table of 11 bits per tag (16 MB at 12 million tags, against 134 MB for the open-addressing table of whole tags it
/// replaced): in a scan that runs between the engine's own work, the table must not push the engine's own tables out
/// of the caches and the TLB.
/// </summary>
internal sealed class RegistryPrefilter
{
    /// <summary>Bits of filter per tag: with eight bits set per tag, about 0.5 % of absent tags pass (0.83 % measured
    /// at 12 million tags, 32-bit tag collisions included).</summary>
    internal const int BitsPerTag = 11;

    private const int WordsPerBlock = 8;

    // Outside the collected heap (NativeBuffer), 64-byte aligned so that a block is one cache line: a block
    // straddling two lines would cost two misses. Its address never changes, so a prefetch may use it directly.
    private readonly NativeBuffer<ulong> _words;
    private readonly ulong _blocks;

    private RegistryPrefilter(NativeBuffer<ulong> words, int blocks, int count)
    {
        _words = words;
        _blocks = (ulong)blocks;
        Count = count;
    }

    /// <summary>Number of tags added.</summary>
    public int Count { get; }

    /// <summary>Size of the filter in bytes.</summary>
    public long SizeBytes => (long)_blocks * WordsPerBlock * sizeof(ulong);

    /// <summary>False only when no record holds a detail with this tag.</summary>
    public bool MayContain(uint tag)
    {
        ulong bits = Bits(tag);
        ReadOnlySpan<ulong> block = _words.Span.Slice(Block(tag), WordsPerBlock);
        bool present = true;
        for (int i = 0; i < WordsPerBlock; i++)
        {
            // A shift count is taken modulo 64, so each word's bit is the next six bits of the mixed tag.
            if ((block[i] & (1UL << (int)(bits >> (6 * i)))) == 0)
            {
                present = false;
                break;
            }
        }

        GC.KeepAlive(this);
        return present;
    }

    /// <summary>
    /// Starts loading the tag's block into the cache, so that a later <see cref="MayContain"/> finds it there: a
    /// post's candidates are generated first and tested after other work, and their cache misses overlap instead of
    /// following one another. Without SSE (another architecture) it does nothing and the test simply waits.
    /// </summary>
    public unsafe void Prefetch(uint tag)
    {
        if (Sse.IsSupported)
        {
            // A freed buffer (an unreachable filter) is harmless here: a prefetch never faults.
            Sse.Prefetch0(_words.Pointer + Block(tag));
        }
    }

    private void Set(uint tag)
    {
        ulong bits = Bits(tag);
        Span<ulong> block = _words.Span.Slice(Block(tag), WordsPerBlock);
        for (int i = 0; i < WordsPerBlock; i++)
        {
            block[i] |= 1UL << (int)(bits >> (6 * i));
        }
    }

    // Tags are keyed pseudo-random values: their top bits choose the block (a multiply-high, so any block count works)
    // and a 64-bit mix of the whole tag chooses the eight bits, independently of the block.
    private int Block(uint tag) => (int)((tag * _blocks) >> 32) * WordsPerBlock;

    private static ulong Bits(uint tag)
    {
        // The finalizer of SplitMix64 (Steele, Lea and Flood): a bijection that spreads every input bit over the output.
        ulong z = (tag + 0x9E3779B97F4A7C15UL) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Collects tags record by record, then <see cref="Build"/>s the filter sized to their number.</summary>
    internal sealed class Builder(int expectedTags)
    {
        // Outside the collected heap like the filter (64 MB of tags at a million records), and freed once built.
        private readonly NativeBuffer<uint> _tags = new(Math.Max(16, expectedTags), clear: false);
        private int _count;

        /// <summary>False once a record without tags was seen: such a registry cannot be prefiltered.</summary>
        public bool Complete { get; private set; } = true;

        public void Add(uint[]? tags)
        {
            if (tags is null)
            {
                Complete = false;
                return;
            }

            if (_count + tags.Length > _tags.Length)
            {
                _tags.Resize(Math.Max(_tags.Length * 2, _count + tags.Length));
            }

            tags.CopyTo(_tags.Span[_count..]);
            _count += tags.Length;
        }

        /// <summary>The filter, or null when some record had no tags (every candidate must then be hashed).</summary>
        public RegistryPrefilter? Build()
        {
            if (!Complete)
            {
                _tags.Release();
                return null;
            }

            int blocks = (int)Math.Max(1, ((long)_count * BitsPerTag + 511) / 512);
            var filter = new RegistryPrefilter(new NativeBuffer<ulong>(blocks * WordsPerBlock, hugePages: true), blocks, _count);
            foreach (uint tag in _tags.Span[.._count])
            {
                filter.Set(tag);
            }

            _tags.Release();
            return filter;
        }
    }
}
