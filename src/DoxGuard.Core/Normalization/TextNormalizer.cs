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
    public static NormalizedText Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (original.Length == 0)
        {
            return NormalizedText.Identity(original);
        }

        // Nearly every post has nothing to undo: one pass proves it and the stages never run.
        NormalizationProbe probe = NormalizationProbe.Of(original);
        if (probe.IsQuiet)
        {
            return NormalizedText.Identity(original);
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
internal struct EditState
{
    private readonly string _original;
    private int[]? _starts;
    private int[]? _ends;

    public EditState(string original)
    {
        _starts = null;
        _ends = null;
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
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int n = 0;
        int pos = 0;
        foreach (TextEdit edit in edits)
        {
            for (; pos < edit.Start; pos++, n++)
            {
                chars[n] = text[pos];
                starts[n] = StartOf(pos);
                ends[n] = EndOf(pos);
            }

            if (edit.Replacement.Length > 0)
            {
                int originalStart = edit.End > edit.Start ? StartOf(edit.Start) : StartOf(Math.Clamp(edit.Start, 0, Math.Max(text.Length - 1, 0)));
                int originalEnd = edit.End > edit.Start ? EndOf(edit.End - 1) : originalStart;
                foreach (char c in edit.Replacement)
                {
                    chars[n] = c;
                    starts[n] = originalStart;
                    ends[n] = originalEnd;
                    n++;
                }
            }

            pos = edit.End;
        }

        for (; pos < text.Length; pos++, n++)
        {
            chars[n] = text[pos];
            starts[n] = StartOf(pos);
            ends[n] = EndOf(pos);
        }

        if (n != capacity)
        {
            Array.Resize(ref starts, n);
            Array.Resize(ref ends, n);
        }

        Text = new string(chars, 0, n);
        System.Buffers.ArrayPool<char>.Shared.Return(chars);
        _starts = starts;
        _ends = ends;
        edits.Clear();
        return true;
    }

    public readonly NormalizedText Build() =>
        _starts is null || _ends is null
            ? NormalizedText.Identity(_original)
            : NormalizedText.Create(_original, Text, _starts, _ends);

    private readonly int StartOf(int i) => _starts is null ? i : _starts[i];

    private readonly int EndOf(int i) => _ends is null ? i + 1 : _ends[i];
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
