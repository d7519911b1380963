namespace DoxGuard.Registry;

/// <summary>
/// Every record's 32-bit prefilter tags (<see cref="KeyedHasher.Tag"/>), grouped in buckets on their top bits: a
/// candidate whose tag is absent is in no record and skips the HMAC; a present one (every registered detail, plus
/// about one in 300 others at 14 million tags) pays the HMAC and the exact lookup in <see cref="RegistryIndex"/>.
/// Four bytes per detail form; a lookup reads one bucket of ~8-16 tags.
/// </summary>
internal sealed class RegistryPrefilter
{
    private readonly uint[] _tags;
    private readonly int[] _starts;
    private readonly int _shift;

    private RegistryPrefilter(uint[] tags, int[] starts, int shift)
    {
        _tags = tags;
        _starts = starts;
        _shift = shift;
    }

    /// <summary>Number of tags held.</summary>
    public int Count => _tags.Length;

    /// <summary>False only when no record holds a detail with this tag.</summary>
    public bool MayContain(uint tag)
    {
        int bucket = (int)(tag >> _shift);
        int start = _starts[bucket];
        return _tags.AsSpan(start, _starts[bucket + 1] - start).Contains(tag);
    }

    /// <summary>Collects tags record by record, then <see cref="Build"/>s the filter.</summary>
    internal sealed class Builder(int expectedTags)
    {
        private uint[] _tags = new uint[Math.Max(16, expectedTags)];
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
                Array.Resize(ref _tags, Math.Max(_tags.Length * 2, _count + tags.Length));
            }

            tags.CopyTo(_tags, _count);
            _count += tags.Length;
        }

        /// <summary>The filter, or null when some record had no tags (every candidate must then be hashed).</summary>
        public RegistryPrefilter? Build()
        {
            if (!Complete)
            {
                return null;
            }

            // A counting pass on the top bits: linear time, and a bucket needs no order inside (it is scanned).
            int bits = Math.Clamp(60 - (int)ulong.LeadingZeroCount((ulong)Math.Max(1, _count)), 4, 24);
            int shift = 32 - bits;
            int[] starts = new int[(1 << bits) + 1];
            for (int i = 0; i < _count; i++)
            {
                starts[(int)(_tags[i] >> shift) + 1]++;
            }

            for (int b = 0; b < 1 << bits; b++)
            {
                starts[b + 1] += starts[b];
            }

            uint[] sorted = new uint[_count];
            int[] next = starts[..^1];
            for (int i = 0; i < _count; i++)
            {
                uint tag = _tags[i];
                sorted[next[(int)(tag >> shift)]++] = tag;
            }

            _tags = [];
            return new RegistryPrefilter(sorted, starts, shift);
        }
    }
}
