using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warta.Web.Articles;
using Warta.Web.Comments;
using Warta.Web.Data;
using Warta.Web.Resources;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Feeds;

/// <summary>
/// An article's comments as RSS at <c>{permalink}feed/</c>, WordPress's address. Names and words only: a commenter's
/// email or address is never part of any feed.
/// </summary>
public static class CommentFeed
{
    private const int Items = 50;
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    public static IEndpointRouteBuilder MapCommentFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{year:length(4):int}/{month:length(2):int}/{day:length(2):int}/{slug}/feed", RespondAsync);
        return app;
    }

    private static async Task<IResult> RespondAsync(
        string slug, HttpContext http, WartaDb db, CommentText commentText, SiteSettingsCache settings, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var site = settings.Current;
        var now = clock.GetUtcNow().UtcDateTime;
        var article = await db.Articles.VisibleAt(now).Where(a => a.Slug == slug)
            .Select(a => new { a.Id, a.Headline, a.Slug, PublishedAt = a.PublishedAt!.Value }).SingleOrDefaultAsync(ct);
        if (article is null) return Results.NotFound();
        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.ArticleId == article.Id && c.Status == CommentStatus.Approved && c.Kind == CommentKind.Comment && c.ErasedAt == null)
            .OrderByDescending(c => c.CreatedAt).Take(Items)
            .Select(c => new { c.Id, c.AuthorName, c.Text, c.CreatedAt }).ToListAsync(ct);

        var baseUrl = Warta.Web.Site.PublicOrigin.Of(http);
        var url = baseUrl + Permalink.For(article.Slug, article.PublishedAt, site.Time.Zone);
        var feed = new SyndicationFeed(text["CommentFeedTitle", article.Headline], site.Name, new Uri(url)) { Language = site.Language };
        feed.AttributeExtensions.Add(new XmlQualifiedName("dc", "http://www.w3.org/2000/xmlns/"), DublinCore.NamespaceName);
        feed.Items = comments.Select(c =>
        {
            var local = site.Time.ToLocal(c.CreatedAt);
            var item = new SyndicationItem(
                text["CmBy", c.AuthorName ?? ""], SyndicationContent.CreateHtmlContent(commentText.ToHtml(c.Text ?? "")), new Uri($"{url}#comment-{c.Id}"),
                $"{url}#comment-{c.Id}", new DateTimeOffset(local, site.Time.Zone.GetUtcOffset(c.CreatedAt)))
            {
                PublishDate = new DateTimeOffset(local, site.Time.Zone.GetUtcOffset(c.CreatedAt)),
            };
            // A reader's words, as text: RSS readers take <description> as HTML, so it goes in HTML-escaped.
            item.Summary = new TextSyndicationContent(System.Net.WebUtility.HtmlEncode(c.Text ?? ""));
            item.ElementExtensions.Add(new XElement(DublinCore + "creator", c.AuthorName ?? ""));
            return item;
        }).ToList();

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
            new Rss20FeedFormatter(feed).WriteTo(writer);
        DateTime? last = comments.Count == 0 ? null : comments.Max(c => c.CreatedAt);
        Caching.CacheTags.Add(http, Caching.CacheTags.Article(article.Id));
        Caching.ContentTime.Set(http, last);
        return Results.Bytes(stream.ToArray(), "application/rss+xml; charset=utf-8");
    }
}
