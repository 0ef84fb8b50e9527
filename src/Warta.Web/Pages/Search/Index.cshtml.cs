using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Search;
using Warta.Web.Navigation;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Pages.Search;

/// <summary>/cari: the reader's search, with section and date filters, relevance or newest first.</summary>
public class IndexModel(
    ArticleSearch search, SectionDirectory sectionDirectory, WartaDb db, IOptions<SearchOptions> options,
    Warta.Web.Search.Report.SearchQueryLog queries, SiteSettingsCache settings, TimeProvider clock) : ReaderPage(settings, clock)
{
    private const int MaxQueryLength = 200;

    /// <summary>Pages beyond this are not served: a reader never goes there, and each costs the search page × size hits.</summary>
    private const int MaxPage = 500;

    [FromQuery(Name = "q")] public string? Query { get; set; }
    [FromQuery(Name = "rubrik")] public string? Section { get; set; }
    [FromQuery(Name = "dari")] public string? From { get; set; }
    [FromQuery(Name = "sampai")] public string? To { get; set; }
    [FromQuery(Name = "urut")] public string? Sort { get; set; }
    [FromQuery(Name = "halaman")] public string? PageText { get; set; }

    public IReadOnlyList<SectionLink> Sections { get; private set; } = [];
    public SearchResults? Results { get; private set; }
    public IReadOnlyList<SearchRow> Rows { get; private set; } = [];
    public IReadOnlyList<ArticleSummary> Latest { get; private set; } = [];
    public List<string> Problems { get; } = [];
    public bool Newest => Sort == "terbaru";

    public sealed record SearchRow(string Url, string HeadlineHtml, string SnippetHtml, string? SectionName, string SectionUrl, DateTime PublishedAt, string Language);

    public override bool ShowsSearchBox => false;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        NoIndex = true;
        Sections = await sectionDirectory.AllAsync();
        Title = string.IsNullOrWhiteSpace(Query) ? T("SearchTitle") : T("SearchResultsFor", Query.Trim());
        CanonicalPath = "/cari/";

        var page = 1;
        if (PageText is not null && (!int.TryParse(PageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1 || page > MaxPage)) return NotFound();
        var from = ParseDate(From, "dari");
        var to = ParseDate(To, "sampai");
        if (from is { } f && to is { } t && f > t) Problems.Add(T("SearchDatesReversed"));
        if (Section is { Length: > 0 } s && Sections.All(x => x.Slug != s)) { Problems.Add(T("SearchUnknownSection")); Section = null; }
        if (string.IsNullOrWhiteSpace(Query)) return Page();
        if (Query.Length > MaxQueryLength) { Problems.Add(T("SearchTooLong", MaxQueryLength)); return Page(); }

        Results = search.Run(new SearchRequest(Query, Section, from, to, Newest ? SearchSort.Newest : SearchSort.Relevance, page, options.Value.ResultsPerPage));
        if (Results.Total > 0 && page > Results.TotalPages) return NotFound();
        // Counted for the newsroom's search report: the words and whether they found anything, nothing about the reader.
        if (page == 1) queries.Record(DateOnly.FromDateTime(Site.Time.ToLocal(UtcNow)), Query, Results.Total == 0);
        var names = Sections.ToDictionary(x => x.Slug, x => x.Name);
        Rows = Results.Hits.Select(h => new SearchRow(
            Permalink.For(h.Slug, h.PublishedAt, Zone), h.HeadlineHtml, h.SnippetHtml, names.GetValueOrDefault(h.SectionSlug),
            SiteUrls.Section(h.SectionSlug), h.PublishedAt, h.Language)).ToList();
        if (Results.Total == 0) Latest = await db.Articles.VisibleAt(UtcNow).Newest().Take(5).ToSummariesAsync(Zone, ct);
        return Page();
    }

    private DateOnly? ParseDate(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // Years a newsroom can have published in; 9999-12-31 would overflow the end-of-day arithmetic.
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 1900 and <= 9998)
            return date;
        Problems.Add(T("SearchBadDate", field == "dari" ? T("SearchFrom") : T("SearchTo")));
        return null;
    }

    /// <summary>This search (its filters and order) with other words: the "did you mean" link.</summary>
    public string QueryUrl(string query)
    {
        var fields = new Dictionary<string, string?> { ["q"] = query, ["rubrik"] = Section, ["dari"] = From, ["sampai"] = To, ["urut"] = Sort };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/cari/", fields.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }

    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?> { ["q"] = Query, ["rubrik"] = Section, ["dari"] = From, ["sampai"] = To, ["urut"] = Sort };
        if (page > 1) query["halaman"] = page.ToString(CultureInfo.InvariantCulture);
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/cari/", query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
