using System.Text.RegularExpressions;

namespace Warta.Web.Articles;

/// <summary>
/// A photo credit as typed is just the name: the page adds "Foto:" itself, so a credit typed (or imported) with its own
/// label would read "Foto: Foto: …". The label is taken off when a credit is saved and again when one is shown.
/// </summary>
public static partial class CreditLine
{
    public static string? Plain(string? credit)
    {
        if (string.IsNullOrWhiteSpace(credit)) return null;
        var plain = Label().Replace(credit.Trim(), "").Trim();
        return plain.Length == 0 ? null : plain;
    }

    [GeneratedRegex(@"^(?:foto|photo|gambar|image)\s*[:：\-–—]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
