using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Warta.Web.Articles;
using Warta.Web.Articles.Body;
using Warta.Web.Data;
using Warta.Web.Resources;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Feeds;

/// <summary>
/// RSS 2.0 and Atom 1.0 for a scope, written by System.ServiceModel.Syndication. Item ids are WordPress-style
/// "?p=ID" URLs marked as not permalinks, so they stay the same when a slug changes.
/// </summary>
public sealed class FeedBuilder(
    WartaDb db, BodyRenderer renderer, BacaJugaLinks bacaJuga, IOptions<FeedOptions> options,
    IOptions<WartaOptions> warta, SiteSettingsCache settings, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    public sealed record FeedDocument(byte[] Bytes, string ContentType, DateTime? LastModifiedUtc);

    public async Task<FeedDocument> BuildAsync(FeedScope scope, FeedFormat format, string baseUrl, CancellationToken ct)
    {
        var site = settings.Current;
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await scope.Filter(db.Articles.VisibleAt(now)).Newest().Take(options.Value.ItemCount)
            .Select(a => new
            {
                a.Id, a.Slug, a.Headline, a.Dek, a.Body, a.BodyFormat, a.Language, a.PublishedAt, a.UpdatedAt,
                a.FeaturedImageUrl, SectionName = a.Section.Name,
                Authors = a.Bylines.Where(b => b.Role != CreditRole.Editor && b.Role != CreditRole.Fotografer)
                    .OrderBy(b => b.Position).Select(b => new { b.Author.Name, b.Author.Slug }).ToList(),
                Tags = a.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(),
            })
            .ToListAsync(ct);

        var feed = new SyndicationFeed(
            scope.Title, scope.Description ?? site.Tagline ?? site.Name, new Uri(baseUrl + scope.PagePath))
        {
            Language = site.Language,
            Id = baseUrl + scope.FeedPath,
            Generator = "Warta",
        };
        feed.Links.Add(new SyndicationLink(new Uri(baseUrl + scope.FeedPath + (format == FeedFormat.Atom ? "atom/" : "")))
        {
            RelationshipType = "self",
            MediaType = ContentTypeOf(format),
        });
        DateTime? lastModified = null;
        var items = new List<SyndicationItem>();
        var corrections = await Corrections.CorrectionView.ForAsync(db, rows.ConvertAll(r => r.Id), now, site.Time.Zone, ct);
        foreach (var r in rows)
        {
            var published = r.PublishedAt!.Value;
            var updated = r.UpdatedAt is { } u && u > published ? u : published;
            lastModified = lastModified is { } lm && lm > updated ? lm : updated;
            var url = baseUrl + Permalink.For(r.Slug, published, site.Time.Zone);
            var html = AbsoluteLinks.Rewrite(
                await bacaJuga.ComposeAsync(renderer.Render(r.Id, r.Body, r.BodyFormat), text["BacaJuga"], now, site.Time.Zone, ct), baseUrl);
            var summary = r.Dek ?? PlainExcerpt.Of(html, 300, " …");
            // A corrected story says so first, in its summary and its full text alike.
            if (corrections.TryGetValue(r.Id, out var notes))
            {
                html = Corrections.CorrectionNotes.Html(notes, site, text, baseUrl) + html;
                summary = Corrections.CorrectionNotes.Plain(notes, site, text) + " " + summary;
            }

            var item = new SyndicationItem
            {
                Id = $"{baseUrl}/?p={r.Id}",
                Title = new TextSyndicationContent(r.Headline),
                PublishDate = Local(published, site),
                LastUpdatedTime = Local(updated, site),
                // RSS readers take <description> as HTML: plain text goes in HTML-escaped, so escaped code in a dek or
                // body ("&lt;script&gt;") never comes back as markup. Atom says type="text" and gets the text itself.
                Summary = new TextSyndicationContent(format == FeedFormat.Atom ? summary : WebUtility.HtmlEncode(summary)),
            };
            item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(url)));
            if (r.FeaturedImageUrl is { } image && Enclosure(image, baseUrl) is { } enclosure) item.Links.Add(enclosure);
            item.Categories.Add(new SyndicationCategory(r.SectionName));
            foreach (var tag in r.Tags) item.Categories.Add(new SyndicationCategory(tag));

            if (format == FeedFormat.Atom)
            {
                foreach (var a in r.Authors) item.Authors.Add(new SyndicationPerson { Name = a.Name, Uri = baseUrl + SiteUrls.Author(a.Slug) });
                if (site.FeedFullText) item.Content = SyndicationContent.CreateHtmlContent(html);
            }
            else
            {
                // RSS's <author> must be an email address; staff emails stay private, so names go in dc:creator as WordPress does.
                foreach (var a in r.Authors) item.ElementExtensions.Add(new XElement(DublinCore + "creator", a.Name));
                if (site.FeedFullText) item.ElementExtensions.Add(new XElement(Content + "encoded", new XCData(html)));
            }
            items.Add(item);
        }
        feed.Items = items;
        feed.LastUpdatedTime = lastModified is { } last ? Local(last, site) : Local(now, site);

        return new FeedDocument(Write(feed, format), ContentTypeOf(format) + "; charset=utf-8", lastModified);
    }

    private static string ContentTypeOf(FeedFormat format) =>
        format == FeedFormat.Atom ? "application/atom+xml" : "application/rss+xml";

    private static DateTimeOffset Local(DateTime utc, CurrentSite site)
    {
        var local = site.Time.ToLocal(utc);
        return new DateTimeOffset(local, site.Time.Zone.GetUtcOffset(utc));
    }

    private static byte[] Write(SyndicationFeed feed, FeedFormat format)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = false }))
        {
            if (format == FeedFormat.Atom)
            {
                new Atom10FeedFormatter(feed).WriteTo(writer);
            }
            else
            {
                feed.AttributeExtensions.Add(new XmlQualifiedName("content", "http://www.w3.org/2000/xmlns/"), Content.NamespaceName);
                feed.AttributeExtensions.Add(new XmlQualifiedName("dc", "http://www.w3.org/2000/xmlns/"), DublinCore.NamespaceName);
                new Rss20FeedFormatter(feed).WriteTo(writer);
            }
        }
        return stream.ToArray();
    }

    private SyndicationLink? Enclosure(string imageUrl, string baseUrl)
    {
        if (!imageUrl.StartsWith("/media/", StringComparison.Ordinal)) return null;
        var media = Path.GetFullPath(warta.Value.MediaPath) + Path.DirectorySeparatorChar;
        var file = Path.GetFullPath(Path.Combine(media, imageUrl["/media/".Length..]));
        if (!file.StartsWith(media, StringComparison.Ordinal) || !File.Exists(file)) return null;
        var type = Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".jpg" or ".jpeg" => "image/jpeg",
            ".png" => "image/png",
            ".webp" => "image/webp",
            ".gif" => "image/gif",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
        return SyndicationLink.CreateMediaEnclosureLink(new Uri(baseUrl + imageUrl), type, new FileInfo(file).Length);
    }
}
