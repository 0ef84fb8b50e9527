namespace Warta.Web.Articles;

/// <summary>
/// A dateline as typed is the place only: the page writes it in capitals followed by " –", so a dash typed at the end
/// ("Jakarta –") is dropped rather than doubled.
/// </summary>
public static class DatelineText
{
    public static string? Plain(string? dateline)
    {
        if (string.IsNullOrWhiteSpace(dateline)) return null;
        var plain = dateline.Trim().TrimEnd('–', '—', '-', ' ', ',', ':').Trim();
        return plain.Length == 0 ? null : plain;
    }
}
