namespace Warta.Web.Search;

/// <summary>
/// One hit: the headline and snippet are HTML that is safe to emit (the text is encoded, only &lt;mark&gt; is added).
/// </summary>
public sealed record SearchHit(int Id, string Slug, DateTime PublishedAt, string SectionSlug, string Language, string HeadlineHtml, string SnippetHtml);
