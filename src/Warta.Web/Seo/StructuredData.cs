using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Warta.Web.Articles;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Seo;

/// <summary>
/// schema.org JSON-LD for an article page: NewsArticle and its BreadcrumbList, as search engines read them.
/// Serialized with the default encoder, which escapes &lt; and &gt;, so stored text cannot close the script tag.
/// </summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static string ForArticle(ArticleView article, CurrentSite site, Func<string, string> absolute, IReadOnlyList<Corrections.CorrectionView>? corrections = null,
        Live.LiveReport? live = null)
    {
        var url = absolute(Permalink.For(article.Slug, article.PublishedAt, site.Time.Zone));
        var newsArticle = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Headline,
            ["description"] = article.MetaDescription ?? article.Dek,
            ["inLanguage"] = article.Language,
            ["articleSection"] = article.SectionName,
            ["datePublished"] = site.Time.FormatIso(article.PublishedAt),
            ["dateModified"] = site.Time.FormatIso(article.UpdatedAt ?? article.PublishedAt),
            ["author"] = new JsonArray(article.Bylines
                .Where(b => b.Role is CreditRole.Penulis or CreditRole.Reporter or CreditRole.Kontributor)
                .Select(b => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = b.Name, ["url"] = absolute(SiteUrls.Author(b.Slug)) })
                .ToArray()),
            ["publisher"] = Publisher(site, absolute),
            ["mainEntityOfPage"] = new JsonObject { ["@type"] = "WebPage", ["@id"] = url },
            ["keywords"] = new JsonArray(article.Tags.Select(t => (JsonNode)JsonValue.Create(t.Name)!).ToArray()),
        };
        if (article.ImageUrl is { } image) newsArticle["image"] = new JsonArray(absolute(image));
        if (live?.Since is { } since) LiveBlog(newsArticle, live, since, url, site);
        // schema.org's correction: each published correction or reply as a dated CorrectionComment.
        if (corrections is { Count: > 0 })
            newsArticle["correction"] = new JsonArray(corrections.Select(c => (JsonNode)new JsonObject
            {
                ["@type"] = "CorrectionComment",
                ["text"] = c.Note,
                ["datePublished"] = site.Time.FormatIso(c.PublishedAt),
            }).ToArray());

        var breadcrumbs = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BreadcrumbList",
            ["itemListElement"] = new JsonArray(
                Crumb(1, site.Name, absolute(SiteUrls.Home)),
                Crumb(2, article.SectionName, absolute(SiteUrls.Section(article.SectionSlug))),
                Crumb(3, article.Headline, url)),
        };
        return new JsonArray(newsArticle, breadcrumbs).ToJsonString(Options);
    }

    /// <summary>
    /// Live coverage as search engines document it: a LiveBlogPosting with its coverage times and its entries, newest
    /// first, as BlogPosting updates (the latest hundred).
    /// </summary>
    private static void LiveBlog(JsonObject posting, Live.LiveReport live, DateTime since, string url, CurrentSite site)
    {
        posting["@type"] = "LiveBlogPosting";
        posting["coverageStartTime"] = site.Time.FormatIso(since);
        if (live.Until is { } until) posting["coverageEndTime"] = site.Time.FormatIso(until);
        posting["liveBlogUpdate"] = new JsonArray(live.Entries.Take(100).Select(e =>
        {
            var update = new JsonObject
            {
                ["@type"] = "BlogPosting",
                ["headline"] = e.Headline ?? PlainExcerpt.Of(e.PlainText, 110, "…"),
                ["datePublished"] = site.Time.FormatIso(e.PublishedAt),
                ["url"] = url + "#entri-" + e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["articleBody"] = e.PlainText,
            };
            if (e.EditedAt is { } edited) update["dateModified"] = site.Time.FormatIso(edited);
            return (JsonNode)update;
        }).ToArray());
    }

    private static JsonObject Publisher(CurrentSite site, Func<string, string> absolute)
    {
        var identity = site.Identity;
        var logo = identity.PublisherLogoUrl.StartsWith('/') ? absolute(identity.PublisherLogoUrl) : identity.PublisherLogoUrl;
        var publisher = new JsonObject
        {
            ["@type"] = "Organization",
            ["name"] = identity.PublisherName,
            ["url"] = absolute(SiteUrls.Home),
            ["logo"] = new JsonObject { ["@type"] = "ImageObject", ["url"] = logo },
        };
        if (identity.SocialLinks.Count > 0) publisher["sameAs"] = new JsonArray(identity.SocialLinks.Select(l => (JsonNode)JsonValue.Create(l)!).ToArray());
        return publisher;
    }

    private static JsonObject Crumb(int position, string name, string url) => new()
    {
        ["@type"] = "ListItem", ["position"] = position, ["name"] = name, ["item"] = url,
    };
}
