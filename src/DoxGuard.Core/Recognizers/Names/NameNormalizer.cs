using System.Text;
using DoxGuard.Lexicons;

namespace DoxGuard.Recognizers.Names;

/// <summary>
/// The one place where a person's name is brought to canonical form, shared by the PERSON recognizer and the
/// protected-person registry so that "Danny Kwiatkowski", "DANNY KWIATKOWSKI" and "Daniel Kwiatkowski" meet.
/// </summary>
internal static class NameNormalizer
{
    /// <summary>
    /// Lower-cases, folds accents, drops apostrophes (O'Brien to obrien), turns every other run of non-letters
    /// (hyphens, dots, spaces) into one space, and resolves a nickname in the first word to its canonical given
    /// name: "Danny" gives "daniel", "Bob Smith" gives "robert smith", "José-Luis Pérez" gives "jose luis perez".
    /// </summary>
    public static string Canonical(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        bool pendingSpace = false;
        foreach (char raw in name)
        {
            if (raw is '\'' or '\u2019' or '\u02BC')
            {
                continue;
            }

            if (char.IsLetterOrDigit(raw))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(TextFold.Fold(raw));
            }
            else
            {
                pendingSpace = true;
            }
        }

        string folded = builder.ToString();
        int space = folded.IndexOf(' ', StringComparison.Ordinal);
        ReadOnlySpan<char> given = space < 0 ? folded : folded.AsSpan(0, space);
        string? canonical = CanonicalGivenName(given);
        if (canonical is null)
        {
            return folded;
        }

        return space < 0 ? canonical : string.Concat(canonical, folded.AsSpan(space));
    }

    /// <summary>The canonical given name of a folded nickname ("bob" gives "robert"), or null when it is none.</summary>
    public static string? CanonicalGivenName(ReadOnlySpan<char> folded)
    {
        string? canonical = NameGazetteer.Instance.CanonicalOfNickname(folded);
        return canonical is null ? null : TextFold.Fold(canonical);
    }
}
