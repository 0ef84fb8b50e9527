namespace Warta.Web.Search;

/// <summary>What the index needs of an article, read in one projection.</summary>
public sealed record IndexedArticle(
    int Id, string Slug, string Headline, string? Dek, string Body, Articles.BodyFormat BodyFormat, string Language,
    string SectionSlug, DateTime PublishedAt, IReadOnlyList<string> Tags, IReadOnlyList<string> TagSlugs, IReadOnlyList<string> Bylines);
