namespace Warta.Web.Articles;

/// <summary>One page of a paginated article listing.</summary>
public sealed record ArticlePage(IReadOnlyList<ArticleSummary> Items, int PageNumber, int TotalPages, int TotalCount)
{
    public bool Exists => PageNumber == 1 || PageNumber <= TotalPages;
}
