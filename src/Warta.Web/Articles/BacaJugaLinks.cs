using System.Text;
using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles.Body;
using Warta.Web.Data;

namespace Warta.Web.Articles;

/// <summary>
/// Fills a rendered body's "Baca juga" blocks with the current title and link of each target. A target that is
/// missing or not published renders nothing: readers never meet a dead link.
/// </summary>
public sealed class BacaJugaLinks(WartaDb db)
{
    private sealed record Target(int Id, string Headline, string Slug, DateTime? PublishedAt);

    private static readonly Func<WartaDb, int[], DateTime, IAsyncEnumerable<Target>> Targets = EF.CompileAsyncQuery(
        (WartaDb db, int[] ids, DateTime utcNow) => db.Articles.AsNoTracking()
            // A protected story's headline may be linked; its page asks for the password.
            .Where(ArticleVisibility.Published).Where(a => a.PublishedAt <= utcNow && ids.Contains(a.Id))
            .Select(a => new Target(a.Id, a.Headline, a.Slug, a.PublishedAt)));

    public async Task<string> ComposeAsync(RenderedBody body, string label, DateTime utcNow, TimeZoneInfo zone, CancellationToken ct = default)
    {
        if (body.BacaJugaIds.Count == 0) return body.Parts[0];

        var ids = body.BacaJugaIds.Distinct().ToList();
        var targets = new Dictionary<int, Target>();
        await foreach (var t in Targets(db, ids.ToArray(), utcNow).WithCancellation(ct)) targets[t.Id] = t;

        var html = new StringBuilder();
        for (var i = 0; i < body.BacaJugaIds.Count; i++)
        {
            html.Append(body.Parts[i]);
            if (targets.TryGetValue(body.BacaJugaIds[i], out var t))
            {
                var url = Permalink.For(t.Slug, t.PublishedAt!.Value, zone);
                html.Append("<p class=\"baca-juga\"><strong>").Append(HtmlEncoder.Default.Encode(label)).Append(":</strong> <a href=\"")
                    .Append(HtmlEncoder.Default.Encode(url)).Append("\">").Append(HtmlEncoder.Default.Encode(t.Headline)).Append("</a></p>\n");
            }
        }
        html.Append(body.Parts[^1]);
        return html.ToString();
    }
}
