namespace DoxGuard.Normalization;

/// <summary>
/// De-obfuscates a post once, before recognition: Unicode NFKC, homoglyphs, zero-width and odd spacing characters,
/// spelled-out and spaced digits, look-alike letters in digit runs, "at"/"dot" in emails. Every output character
/// maps back to the original span that produced it.
/// </summary>
/// <remarks>
/// A probe first decides which stages could edit the text at all (<see cref="NormalizationProbe"/>); a post with
/// nothing to undo comes back as <see cref="NormalizedText.Identity"/> without a map after that single pass.
/// Each stage scans the current text once, left to right, and only records edits.
/// Every stage is linear in the text length, so any input normalizes in bounded time.
/// </remarks>
public static class TextNormalizer
{
    /// <summary>Normalizes <paramref name="original"/>.</summary>
    // This method and every stage's Run are compiled fully optimized from the first call: they run on every post,
    // and on a busy single core the tiered JIT was measured to leave them unoptimized for seconds (30 us/post).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static NormalizedText Normalize(string original) => NormalizeEdited(original) ?? NormalizedText.Identity(original);

    /// <summary>
    /// Normalizes <paramref name="original"/>; null when nothing was undone (the probe saw nothing), so that the engine
    /// allocates no identity object for the nearly every post that needs none.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static NormalizedText? NormalizeEdited(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (original.Length == 0)
        {
            return null;
        }

        // Nearly every post has nothing to undo: one pass proves it and the stages never run.
        NormalizationProbe probe = NormalizationProbe.Of(original);
        if (probe.IsQuiet)
        {
            return null;
        }

        var state = new EditState(original);
        List<TextEdit>? edits = null;

        // A stage that edits invalidates the probe, which describes the text it was given: probe the new text again.
        if (probe.Characters)
        {
            bool hasNonAscii = CharacterStage.Run(state.Text, ref edits);
            bool changed = state.Apply(ref edits);
            if (hasNonAscii)
            {
                HomoglyphStage.Run(state.Text, ref edits);
                changed |= state.Apply(ref edits);
            }

            if (changed)
            {
                probe = NormalizationProbe.Of(state.Text);
            }
        }

        if (probe.Spelled)
        {
            SpelledDigitStage.Run(state.Text, ref edits);
            if (state.Apply(ref edits))
            {
                probe = NormalizationProbe.Of(state.Text);
            }
        }

        if (probe.Spaced)
        {
            SpacedDigitStage.Run(state.Text, ref edits);
            if (state.Apply(ref edits))
            {
                probe = NormalizationProbe.Of(state.Text);
            }
        }

        if (probe.Lookalike)
        {
            LookalikeDigitStage.Run(state.Text, ref edits);
            if (state.Apply(ref edits))
            {
                probe = NormalizationProbe.Of(state.Text);
            }
        }

        if (probe.Email)
        {
            EmailStage.Run(state.Text, ref edits);
            state.Apply(ref edits);
        }

        return state.Build();
    }
}

/// <summary>Replace the current text's [Start, End) with <see cref="Replacement"/> (empty to delete).</summary>
internal readonly record struct TextEdit(int Start, int End, string Replacement)
{
    public static void Add(ref List<TextEdit>? edits, int start, int end, string replacement) =>
        (edits ??= new List<TextEdit>(8)).Add(new TextEdit(start, end, replacement));
}

/// <summary>
/// The text between stages and its map to the original; the map stays unallocated while nothing has changed.
/// A struct, so that the identity fast path allocates nothing but its result.
/// </summary>
/// <remarks>
/// The map is kept as segments (<see cref="OffsetSegment"/>): a run of copied characters is one segment however long
/// it is, a replacement one more. Two offset arrays per character (8 bytes a character, per stage that edits) were
/// the largest allocation of a normalized post; the segments answer every offset exactly as those arrays did.
/// </remarks>
internal struct EditState
{
    private readonly string _original;
    private OffsetSegment[]? _segments;

    public EditState(string original)
    {
        _segments = null;
        _original = original;
        Text = original;
    }

    public string Text { get; private set; }

    /// <summary>
    /// Applies sorted, non-overlapping edits; each replacement character maps to the union of the replaced span.
    /// Returns true when there was any edit.
    /// </summary>
    public bool Apply(ref List<TextEdit>? edits)
    {
        if (edits is null || edits.Count == 0)
        {
            return false;
        }

        string text = Text;
        int capacity = text.Length;
        foreach (TextEdit edit in edits)
        {
            capacity += edit.Replacement.Length - (edit.End - edit.Start);
        }

        capacity = Math.Max(capacity, 0);
        // The characters only pass through on their way into the new string: a pooled buffer, not one per edit pass.
        char[] chars = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(capacity, 1));

        // Each copied gap yields at most one segment per old segment it crosses, each edit one more.
        var segments = new OffsetSegment[(_segments?.Length ?? 1) + (2 * edits.Count) + 1];
        int count = 0;
        int n = 0;
        int pos = 0;
        foreach (TextEdit edit in edits)
        {
            if (pos < edit.Start)
            {
                text.AsSpan(pos, edit.Start - pos).CopyTo(chars.AsSpan(n));
                CopySegments(pos, edit.Start, n, segments, ref count);
                n += edit.Start - pos;
                pos = edit.Start;
            }

            if (edit.Replacement.Length > 0)
            {
                int originalStart = edit.End > edit.Start ? StartOf(edit.Start) : StartOf(Math.Clamp(edit.Start, 0, Math.Max(text.Length - 1, 0)));
                int originalEnd = edit.End > edit.Start ? EndOf(edit.End - 1) : originalStart;
                segments[count++] = new OffsetSegment(n, originalStart, originalEnd, Run: false);
                edit.Replacement.AsSpan().CopyTo(chars.AsSpan(n));
                n += edit.Replacement.Length;
            }

            pos = edit.End;
        }

        if (pos < text.Length)
        {
            text.AsSpan(pos).CopyTo(chars.AsSpan(n));
            CopySegments(pos, text.Length, n, segments, ref count);
            n += text.Length - pos;
        }

        Text = new string(chars, 0, n);
        System.Buffers.ArrayPool<char>.Shared.Return(chars);
        _segments = count == segments.Length ? segments : segments.AsSpan(0, count).ToArray();
        edits.Clear();
        return true;
    }

    public readonly NormalizedText Build() =>
        _segments is null
            ? NormalizedText.Identity(_original)
            : NormalizedText.FromSegments(_original, Text, _segments);

    /// <summary>Appends the map of the current text's [from, to) as it lands at <paramref name="at"/> in the next text.</summary>
    private readonly void CopySegments(int from, int to, int at, OffsetSegment[] into, ref int count)
    {
        if (_segments is null)
        {
            into[count++] = new OffsetSegment(at, from, 0, Run: true);
            return;
        }

        int k = OffsetSegment.Find(_segments, from);
        while (from < to)
        {
            OffsetSegment segment = _segments[k];
            int segmentEnd = k + 1 < _segments.Length ? _segments[k + 1].TextStart : Text.Length;
            int pieceEnd = Math.Min(to, segmentEnd);
            into[count++] = segment.Run
                ? new OffsetSegment(at, segment.OriginalStart + (from - segment.TextStart), 0, Run: true)
                : new OffsetSegment(at, segment.OriginalStart, segment.OriginalEnd, Run: false);
            at += pieceEnd - from;
            from = pieceEnd;
            k++;
        }
    }

    private readonly int StartOf(int i) => _segments is null ? i : OffsetSegment.StartOf(_segments, Text.Length, i);

    private readonly int EndOf(int i) => _segments is null ? i + 1 : OffsetSegment.EndOf(_segments, Text.Length, i);
}

/// <summary>
/// Digit rules must not rewrite links ("/2018-07-28-one-cup", "/2017/22o141"): the recognizers read URLs as written.
/// The look is bounded, so the check costs O(1) per candidate and the stages stay linear.
/// </summary>
internal static class UrlGuard
{
    private const int MaxLook = 256;

    /// <summary>True when <paramref name="index"/> lies in a whitespace-free chunk that is a link.</summary>
    public static bool IsInsideUrl(string text, int index)
    {
        int start = index;
        int floor = Math.Max(0, index - MaxLook);
        while (start > floor && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        ReadOnlySpan<char> before = text.AsSpan(start, index - start);
        return before.Contains("://", StringComparison.Ordinal)
            || before.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || (before.Contains('/') && before.Contains('.'));
    }
}
