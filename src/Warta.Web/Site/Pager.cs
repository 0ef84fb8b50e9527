namespace Warta.Web.Site;

/// <summary>Page links for a listing whose first page lives at <see cref="BaseUrl"/>.</summary>
public sealed record Pager(string BaseUrl, int Current, int TotalPages)
{
    public string? PreviousUrl => Current > 1 ? SiteUrls.Page(BaseUrl, Current - 1) : null;
    public string? NextUrl => Current < TotalPages ? SiteUrls.Page(BaseUrl, Current + 1) : null;
    public string Url(int page) => SiteUrls.Page(BaseUrl, page);

    /// <summary>The page numbers to link, with 0 standing for a gap ("…").</summary>
    public IEnumerable<int> Window(int around = 2)
    {
        var last = 0;
        for (var p = 1; p <= TotalPages; p++)
        {
            if (p != 1 && p != TotalPages && Math.Abs(p - Current) > around) continue;
            if (last != 0 && p - last > 1) yield return 0;
            yield return p;
            last = p;
        }
    }
}
