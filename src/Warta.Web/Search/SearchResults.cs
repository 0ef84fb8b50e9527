namespace Warta.Web.Search;

public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, int Page, int TotalPages)
{
    /// <summary>For a search that found nothing: the nearest spelling that finds something, or null.</summary>
    public string? DidYouMean { get; init; }

    public static SearchResults None(int page) => new([], 0, page, 1);
}
