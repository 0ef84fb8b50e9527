namespace Warta.Web.Search;

public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, int Page, int TotalPages)
{
    public static SearchResults None(int page) => new([], 0, page, 1);
}
