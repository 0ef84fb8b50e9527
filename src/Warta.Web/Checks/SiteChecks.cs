using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Settings;

namespace Warta.Web.Checks;

/// <summary>
/// What the site adds to the text checks: where each "Baca juga" block points (a story id, an address on this site,
/// or a title), and how earlier published stories spell the names the text uses.
/// </summary>
public sealed class SiteChecks(WartaDb db, SiteSettingsCache settings, TimeProvider clock, Microsoft.Extensions.Options.IOptions<WartaOptions> options)
{
    /// <summary>Earlier stories read per given name: the latest ones are the house style.</summary>
    private const int StoriesPerName = 40;

    /// <summary>How far back a name is looked for: the latest stories, so a check costs the same on a site of any size.</summary>
    private const int RecentStories = 3000;

    /// <param name="articleId">The story being checked, left out of the earlier stories.</param>
    public async Task<CheckContext> ContextAsync(CheckedText text, string language, int? articleId, bool earlierNames, CancellationToken ct)
    {
        var related = new Dictionary<int, RelatedState>();
        foreach (var block in text.Paragraphs.Where(p => p.Kind == ParagraphKind.Related))
            if (await StateAsync(block, ct) is { } state) related[block.Number] = state;
        return new CheckContext
        {
            Language = language,
            MaxRelated = settings.Current.Checks.MaxRelated,
            Related = related,
            EarlierNames = earlierNames ? await EarlierNamesAsync(text, articleId, ct) : null,
        };
    }

    private async Task<RelatedState?> StateAsync(CheckedParagraph block, CancellationToken ct)
    {
        IQueryable<Article> target;
        if (block.RelatedId is { } id) target = db.Articles.Where(a => a.Id == id);
        else if (block.RelatedUrl is { Length: > 0 } url)
        {
            if (!Uri.TryCreate(url, UriKind.RelativeOrAbsolute, out var uri)) return RelatedState.Missing;
            // Another site's address cannot be checked from here.
            if (uri.IsAbsoluteUri && !OnThisSite(uri)) return null;
            var path = uri.IsAbsoluteUri ? uri.AbsolutePath : url.Split('?', '#')[0];
            var slug = path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            target = db.Articles.Where(a => a.Slug == slug);
        }
        else if (block.RelatedTitle is { Length: > 0 } title)
        {
            var slug = Slug.From(title);
            target = db.Articles.Where(a => a.Headline == title || a.Slug == slug);
        }
        else return RelatedState.Missing;
        var found = await target.AsNoTracking().OrderByDescending(a => a.Status == ArticleStatus.Published).Select(a => new { a.Status, a.PublishedAt }).FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return found switch
        {
            null => RelatedState.Missing,
            { Status: ArticleStatus.Trashed } => RelatedState.Trashed,
            { Status: ArticleStatus.Published } when found.PublishedAt <= now => RelatedState.Published,
            _ => RelatedState.Unpublished,
        };
    }

    private bool OnThisSite(Uri uri) =>
        uri.Host is "localhost" or "127.0.0.1" || (options.Value.PublicBase is { } site && Uri.TryCreate(site, UriKind.Absolute, out var own) && own.Host == uri.Host);

    /// <summary>Each name's spelling in the latest published stories that mention its given name, most used first.</summary>
    private async Task<Dictionary<string, string>> EarlierNamesAsync(CheckedText text, int? articleId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var given = NameSpellings.Candidates(text).Select(n => n.Written.Split(' ')[^2]).Where(g => g.Length >= 3).Distinct().Take(20).ToList();
        foreach (var name in given)
        {
            var recent = db.Articles.VisibleAt(now).OrderByDescending(a => a.PublishedAt).Take(RecentStories);
            var bodies = await recent.Where(a => a.Id != articleId && (a.Body.Contains(name) || a.Headline.Contains(name)))
                .OrderByDescending(a => a.PublishedAt).Take(StoriesPerName).Select(a => a.Body).ToListAsync(ct);
            foreach (var body in bodies)
            {
                var earlier = new CheckedText { Headline = "", Paragraphs = [new CheckedParagraph(1, CheckedText.Plain(body), 0, ParagraphKind.Text)] };
                foreach (var (written, _, _) in NameSpellings.Candidates(earlier))
                {
                    var forms = counts.TryGetValue(NameSpellings.Key(written), out var f) ? f : counts[NameSpellings.Key(written)] = new(StringComparer.Ordinal);
                    forms[written] = forms.GetValueOrDefault(written) + 1;
                }
            }
        }
        return counts.ToDictionary(c => c.Key, c => c.Value.MaxBy(f => f.Value).Key, StringComparer.Ordinal);
    }
}
