using Microsoft.Extensions.Localization;
using Warta.Web.Caching;
using Warta.Web.Resources;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Articles;

/// <summary>
/// What a list shows of a story besides its headline and picture: the section's address, the time (as text and in
/// ISO form), the comment count's words and the story's cache tag. Lists are drawn from snapshots, so the same summary
/// is rendered again and again: these are worked out once per summary and site settings, not at every render.
/// </summary>
public sealed record ArticleCard(string SectionUrl, string PublishedIso, string PublishedText, string? CommentText, string CacheTag)
{
    public static ArticleCard Of(ArticleSummary story, CurrentSite site, IStringLocalizer<SharedResource> text)
    {
        // The site's settings are one object until they change; its language is the localizer's culture.
        if (story.Card.Kept is { } kept && ReferenceEquals(kept.Story, story) && ReferenceEquals(kept.Site, site)) return kept.Card;
        var card = new ArticleCard(
            SiteUrls.Section(story.SectionSlug), site.Time.FormatIso(story.PublishedAt), site.Time.Format(story.PublishedAt, site.Culture),
            story.CommentCount > 0 ? text.Count("CommentsCount", story.CommentCount) : null, CacheTags.Article(story.Id));
        story.Card.Kept = new Held(story, site, card);
        return card;
    }

    /// <summary>Where a summary keeps its card. It plays no part in the summary's equality, and a copy made with
    /// <c>with</c> shares it but not its card (the card names the summary it was made for).</summary>
    public sealed class Slot
    {
        internal Held? Kept { get; set; }

        public override bool Equals(object? obj) => obj is Slot;
        public override int GetHashCode() => 0;
    }

    internal sealed record Held(ArticleSummary Story, CurrentSite Site, ArticleCard Card);
}
