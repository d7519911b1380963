using System.Numerics;

namespace DoxGuard.Registry;

/// <summary>
/// Every record's 32-bit prefilter tags (<see cref="KeyedHasher.Tag"/>) in an open-addressing table: a candidate whose
/// tag is absent is in no record and skips the HMAC; a present one (every registered detail, plus about one in 300
/// others at 14 million tags) pays the HMAC and the exact lookup in <see cref="RegistryIndex"/>. The table is at most
/// 70 % full and probed linearly, so a lookup reads one cache line nearly always: in a scan that runs between the
/// engine's own work, a cache miss costs more than the SipHash that made the tag.
/// </summary>
internal sealed class RegistryPrefilter
{
    private const double MaxLoad = 0.7;

    // Tags are keyed pseudo-random values, so their low bits are already a uniform slot number; 0 marks an empty slot
    // and the tag 0 itself is kept aside.
    private readonly uint[] _slots;
    private readonly int _mask;
    private readonly bool _hasZero;

    private RegistryPrefilter(uint[] slots, bool hasZero, int count)
    {
        _slots = slots;
        _mask = slots.Length - 1;
        _hasZero = hasZero;
        Count = count;
    }

    /// <summary>Number of distinct tags held.</summary>
    public int Count { get; }

    /// <summary>False only when no record holds a detail with this tag.</summary>
    public bool MayContain(uint tag)
    {
        if (tag == 0)
        {
            return _hasZero;
        }

        uint[] slots = _slots;
        for (int at = (int)tag & _mask; ; at = (at + 1) & _mask)
        {
            uint slot = slots[at];
            if (slot == tag)
            {
                return true;
            }

            if (slot == 0)
            {
                return false;
            }
        }
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

            int size = (int)Math.Min(1 << 30, BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, (int)(_count / MaxLoad) + 1)));
            uint[] slots = new uint[size];
            int mask = size - 1;
            bool hasZero = false;
            int distinct = 0;
            for (int i = 0; i < _count; i++)
            {
                uint tag = _tags[i];
                if (tag == 0)
                {
                    distinct += hasZero ? 0 : 1;
                    hasZero = true;
                    continue;
                }

                int at = (int)tag & mask;
                while (slots[at] != 0 && slots[at] != tag)
                {
                    at = (at + 1) & mask;
                }

                if (slots[at] == 0)
                {
                    slots[at] = tag;
                    distinct++;
                }
            }

            _tags = [];
            return new RegistryPrefilter(slots, hasZero, distinct);
        }
    }
}
