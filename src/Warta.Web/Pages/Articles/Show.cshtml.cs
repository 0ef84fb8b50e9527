using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Articles.Body;
using Warta.Web.Data;
using Warta.Web.Popular;
using Warta.Web.Seo;
using Warta.Web.Site;

namespace Warta.Web.Pages.Articles;

public class ShowModel(
    WartaDb db, BodyRenderer renderer, BacaJugaLinks bacaJuga, RelatedArticles related, ViewCounter views, MostRead mostRead,
    SiteSettingsCache settings, TimeProvider clock) : ReaderPage(settings, clock)
{
    private const int RelatedCount = 4;

    public ArticleView Article { get; private set; } = null!;
    public IHtmlContent Body { get; private set; } = HtmlString.Empty;
    public IReadOnlyList<ArticleSummary> Related { get; private set; } = [];
    public string JsonLd { get; private set; } = "";
    public IReadOnlyList<ArticleSummary> Popular { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string year, string month, string day, string slug, CancellationToken ct)
    {
        var requestedPath = $"/{year}/{month}/{day}/{slug}/";
        var article = await FindAsync(slug, ct);
        if (article is null) return await RedirectFromOldPathAsync(requestedPath, ct);

        var permalink = Permalink.For(article.Slug, article.PublishedAt, Zone);
        if (!string.Equals(requestedPath, permalink, StringComparison.Ordinal)) return RedirectPermanent(permalink);

        Article = article;
        Title = article.Headline;
        Description = article.MetaDescription ?? article.Dek;
        CanonicalPath = permalink;
        OpenGraphType = "article";
        CurrentSectionSlug = article.SectionSlug;
        ImagePath = article.ImageUrl;
        JsonLd = StructuredData.ForArticle(article, Site, AbsoluteUrl);

        var rendered = renderer.Render(article.Id, article.Body, article.BodyFormat);
        Body = new HtmlString(await bacaJuga.ComposeAsync(rendered, T("BacaJuga"), UtcNow, Zone, ct));
        Related = await related.FindAsync(article.Id, article.SectionId, article.Tags.Select(t => t.Id).ToList(), RelatedCount, UtcNow, Zone, ct);
        Popular = await mostRead.GetAsync();
        views.Record(article.Id, HttpContext);
        return Page();
    }

    private Task<ArticleView?> FindAsync(string slug, CancellationToken ct) =>
        db.Articles.VisibleAt(UtcNow).Where(a => a.Slug == slug)
            .Select(a => new ArticleView(
                a.Id, a.Slug, a.Headline, a.Dek, a.Body, a.BodyFormat, a.Language, a.Dateline,
                a.PublishedAt!.Value, a.UpdatedAt, a.SectionId, a.Section.Name, a.Section.Slug,
                a.FeaturedImageUrl, a.FeaturedImageAlt, a.FeaturedImageCaption, a.FeaturedImageCredit,
                a.Bylines.OrderBy(b => b.Position).Select(b => new BylineView(b.Author.Name, b.Author.Slug, b.Role, b.Author.Initials)).ToList(),
                a.Tags.OrderBy(t => t.Name).Select(t => new TagView(t.Id, t.Name, t.Slug)).ToList(), a.MetaDescription))
            .SingleOrDefaultAsync(ct);

    /// <summary>An old permalink (slug or date changed since) answers 301 to where the article lives now.</summary>
    private async Task<IActionResult> RedirectFromOldPathAsync(string path, CancellationToken ct)
    {
        var target = await db.ArticleRedirects.AsNoTracking().Where(r => r.Path == path)
            .Join(db.Articles.VisibleAt(UtcNow), r => r.ArticleId, a => a.Id, (r, a) => new { a.Slug, a.PublishedAt })
            .FirstOrDefaultAsync(ct);
        return target is null ? NotFound() : RedirectPermanent(Permalink.For(target.Slug, target.PublishedAt!.Value, Zone));
    }
}
