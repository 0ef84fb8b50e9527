namespace Warta.Web.Articles;

/// <summary>An article as lists show it: home, sections, tags, authors, archives, related.</summary>
public sealed record ArticleSummary(
    int Id, string Url, string Headline, string? Dek, DateTime PublishedAt, string Language,
    string SectionName, string SectionSlug, string? ImageUrl, string? ImageAlt, int CommentCount = 0, bool IsLive = false)
{
    /// <summary>Its display texts in lists, kept with it (<see cref="ArticleCard"/>).</summary>
    public ArticleCard.Slot Card { get; } = new();
}
