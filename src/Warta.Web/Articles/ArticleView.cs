namespace Warta.Web.Articles;

/// <summary>Everything the article page shows, read in one projection.</summary>
public sealed record ArticleView(
    int Id, string Slug, string Headline, string? Dek, string Body, BodyFormat BodyFormat, string Language, string? Dateline,
    DateTime PublishedAt, DateTime? UpdatedAt, int SectionId, string SectionName, string SectionSlug,
    string? ImageUrl, string? ImageAlt, string? ImageCaption, string? ImageCredit,
    IReadOnlyList<BylineView> Bylines, IReadOnlyList<TagView> Tags, string? MetaDescription, bool CommentsOpen = true,
    string? HeadlineHtml = null, string? Password = null, DateTime? LiveSince = null, DateTime? LiveUntil = null)
{
    public bool IsProtected => Password is not null;
    public bool IsLive => LiveSince is not null && LiveUntil is null;
}
