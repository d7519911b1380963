namespace DoxGuard.Registry;

/// <summary>
/// One post's memory of the candidates it has already hashed, so that a detail found twice, or both
/// by the scan and as a recognizer's entity, pays one HMAC. One per thread, reused from post to post and wiped after
/// each: two per-post dictionaries keyed by (kind, string) did the same, but their tables and the candidate strings
/// were a large part of a matching post's allocations, and in this engine every allocated kilobyte costs gen-0 work.
/// </summary>
internal sealed class CandidateMemo
{
    // A post with more distinct registered-looking candidates than this hashes the rest again when it meets them
    // twice: the answers stay the same, only the cost grows, and no linear search grows with the post.
    private const int Capacity = 48;
    private const int TextCapacity = 2048;

    [ThreadStatic]
    private static CandidateMemo? t_memo;

    private readonly DetailKind[] _kinds = new DetailKind[Capacity];
    private readonly int[] _starts = new int[Capacity];
    private readonly int[] _lengths = new int[Capacity];
    private readonly UInt128[] _hashes = new UInt128[Capacity];
    private readonly char[] _text = new char[TextCapacity];
    private int _count;
    private int _used;

    /// <summary>This thread's memo, empty.</summary>
    public static CandidateMemo ForThread()
    {
        CandidateMemo memo = t_memo ??= new CandidateMemo();
        memo.Clear();
        return memo;
    }

    /// <summary>The entry of this candidate, or -1.</summary>
    public int Find(DetailKind kind, ReadOnlySpan<char> value)
    {
        for (int i = 0; i < _count; i++)
        {
            if (_kinds[i] == kind && _lengths[i] == value.Length && value.SequenceEqual(_text.AsSpan(_starts[i], _lengths[i])))
            {
                return i;
            }
        }

        return -1;
    }

    public UInt128 Hash(int entry) => _hashes[entry];

    /// <summary>Remembers a hashed candidate; nothing when the memo is full.</summary>
    public void Add(DetailKind kind, ReadOnlySpan<char> value, UInt128 hash)
    {
        if (_count == Capacity || _used + value.Length > TextCapacity)
        {
            return;
        }

        _kinds[_count] = kind;
        _starts[_count] = _used;
        _lengths[_count] = value.Length;
        _hashes[_count] = hash;
        value.CopyTo(_text.AsSpan(_used));
        _used += value.Length;
        _count++;
    }

    /// <summary>Forgets every entry and wipes their text: candidates are personal details.</summary>
    public void Clear()
    {
        _text.AsSpan(0, _used).Clear();
        _hashes.AsSpan(0, _count).Clear();
        _count = 0;
        _used = 0;
    }
}
