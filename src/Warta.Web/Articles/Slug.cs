using System.Globalization;
using System.Text;

namespace Warta.Web.Articles;

/// <summary>URL slugs as WordPress makes them from titles: lowercase ASCII words joined by hyphens.</summary>
public static class Slug
{
    public const int MaxLength = 80;

    // Letters that Unicode decomposition does not reduce to ASCII.
    private static readonly Dictionary<char, string> Transliterations = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['đ'] = "d", ['ð'] = "d",
        ['ł'] = "l", ['þ'] = "th", ['ı'] = "i", ['&'] = "-dan-",
    };

    public static string From(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(c);
            else if (Transliterations.TryGetValue(c, out var ascii)) slug.Append(ascii);
            else if (c is '\'' or '’' or '‘') continue; // "Jum'at" → "jumat", not "jum-at"
            else slug.Append('-');
        }
        return Trim(Collapse(slug.ToString()));
    }

    public static bool IsValid(string slug) =>
        slug.Length is > 0 and <= MaxLength && slug == From(slug);

    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c == '-' && (sb.Length == 0 || sb[^1] == '-')) continue;
            sb.Append(c);
        }
        return sb.ToString().Trim('-');
    }

    private static string Trim(string slug)
    {
        if (slug.Length <= MaxLength) return slug;
        var cut = slug[..MaxLength];
        var lastHyphen = cut.LastIndexOf('-');
        return (lastHyphen > MaxLength / 2 ? cut[..lastHyphen] : cut).Trim('-');
    }
}
