namespace Warta.Web.Search.Report;

/// <summary>
/// How often one query was searched on one day (the site's day), and how often it found nothing. Nothing about who
/// searched is kept: no address, no cookie, no time of day.
/// </summary>
public class SearchQueryStat
{
    public const int QueryMaxLength = 100;

    public int Id { get; set; }
    public DateOnly Day { get; set; }
    public required string Query { get; set; }
    public int Searches { get; set; }
    public int Empty { get; set; }
}
