namespace Warta.Web.Search;

/// <summary>A reader's search: words, optional section and date range (site-local days), order and page.</summary>
public sealed record SearchRequest(string Query, string? Section, DateOnly? From, DateOnly? To, SearchSort Sort, int Page, int PerPage);
