using System.Globalization;
using Warta.Web.Data;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Import.WordPress;

/// <summary>
/// What the importers of one run share: the database context, the site's zone, the summary they account to, and the
/// addresses of the export's attachments (known from the checking pass, so a post can name its image before the
/// attachment item comes).
/// </summary>
public sealed class ImportRun(WartaDb db, SiteTime zone, DateTime now, WordPressMedia media, Func<int, string> untitled)
{
    public WartaDb Db { get; } = db;
    public SiteTime Zone { get; } = zone;
    public DateTime Now { get; } = now;
    public WordPressMedia Media { get; } = media;

    /// <summary>The headline of a post without a title, in the site's language ("(tanpa judul #12)", "(untitled #12)").</summary>
    public string Untitled(int postId) => untitled(postId);
    public ImportSummary Summary { get; } = new();
    public string? BaseSiteUrl { get; set; }

    /// <summary>WordPress's dates: the GMT one when it is set, else the local one read in the site's zone.</summary>
    public DateTime? Utc(string? gmt, string? local)
    {
        if (gmt is { } g && !g.StartsWith("0000", StringComparison.Ordinal)
            && DateTime.TryParseExact(g.Trim(), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var u))
            return DateTime.SpecifyKind(u, DateTimeKind.Utc);
        if (local is { } l && !l.StartsWith("0000", StringComparison.Ordinal)
            && DateTime.TryParseExact(l.Trim(), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var loc))
            return Zone.ToUtc(loc);
        return null;
    }

    public void Imported(WxrItem item, string title, int wartaId) =>
        Summary.Record(new ImportOutcome(item.PostId, item.PostType, title, ImportResult.Imported, wartaId, null));

    public void Updated(WxrItem item, string title, int wartaId) =>
        Summary.Record(new ImportOutcome(item.PostId, item.PostType, title, ImportResult.Updated, wartaId, null));

    public void Skipped(WxrItem item, string reason) =>
        Summary.Record(new ImportOutcome(item.PostId, item.PostType, item.Title?.Trim() ?? "", ImportResult.Skipped, null, reason));

    public void Note(WxrItem item, string note) =>
        Summary.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"#{item.PostId} ({item.PostType}): {note}"));

    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    public static string? Trim(string? value, int length) =>
        string.IsNullOrEmpty(value) ? null : value.Length <= length ? value : value[..length];
}
