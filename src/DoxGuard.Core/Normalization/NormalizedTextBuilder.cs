using System.Text;

namespace DoxGuard.Normalization;

/// <summary>Builds a <see cref="NormalizedText"/> one emitted character at a time, recording its original span.</summary>
public sealed class NormalizedTextBuilder
{
    private readonly string _original;
    private readonly StringBuilder _text;
    private readonly List<int> _starts;
    private readonly List<int> _ends;

    /// <summary>Starts a builder for <paramref name="original"/>.</summary>
    public NormalizedTextBuilder(string original)
    {
        _original = original;
        _text = new StringBuilder(original.Length);
        _starts = new List<int>(original.Length);
        _ends = new List<int>(original.Length);
    }

    /// <summary>Number of characters emitted so far.</summary>
    public int Length => _text.Length;

    /// <summary>Emits <paramref name="c"/>, produced by original[<paramref name="originalStart"/>..<paramref name="originalEnd"/>).</summary>
    public void Append(char c, int originalStart, int originalEnd)
    {
        _text.Append(c);
        _starts.Add(originalStart);
        _ends.Add(originalEnd);
    }

    /// <summary>Emits every character of <paramref name="s"/>, all produced by the same original span.</summary>
    public void Append(string s, int originalStart, int originalEnd)
    {
        foreach (char c in s)
        {
            Append(c, originalStart, originalEnd);
        }
    }

    /// <summary>The last emitted character, or '\0' when nothing was emitted.</summary>
    public char LastChar => _text.Length == 0 ? '\0' : _text[^1];

    /// <summary>Finishes the text.</summary>
    public NormalizedText Build()
    {
        string text = _text.ToString();
        if (string.Equals(text, _original, StringComparison.Ordinal))
        {
            bool identity = true;
            for (int i = 0; i < _starts.Count && identity; i++)
            {
                identity = _starts[i] == i && _ends[i] == i + 1;
            }

            if (identity)
            {
                return NormalizedText.Identity(_original);
            }
        }

        return NormalizedText.Create(_original, text, [.. _starts], [.. _ends]);
    }
}
