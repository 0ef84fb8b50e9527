using Warta.Web.Articles;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Pages;

/// <summary>A paginated list of articles under a heading: sections, tags, authors, date archives.</summary>
public abstract class ListingPage(SiteSettingsCache settings, TimeProvider clock) : ReaderPage(settings, clock)
{
    public string Heading { get; protected set; } = "";
    public string? Intro { get; protected set; }
    public string? Portrait { get; protected set; }
    public ArticlePage Articles { get; protected set; } = null!;

    /// <summary>Links shown under the heading: a section's parent ("up") and its sub-sections.</summary>
    public Warta.Web.Navigation.SectionLink? Up { get; protected set; }
    public IReadOnlyList<Warta.Web.Navigation.SectionLink> Below { get; protected set; } = [];

    /// <summary>
    /// One page of the listing from memory while nothing it shows has changed (<see cref="ListingSnapshot"/>), else
    /// from <paramref name="build"/>; null (nothing to list under that name) is never kept.
    /// </summary>
    protected Task<ListingSnapshot?> ListingAsync(string key, Func<Task<ListingSnapshot?>> build) => SnapshotAsync(key, build);

    /// <summary>A listing read from its snapshot needs no database (<see cref="ListingAsync"/>).</summary>
    protected override bool OpensConnectionWhenNeeded => true;

    /// <summary>Sets title and canonical for page <paramref name="requested"/> of a listing at <paramref name="baseUrl"/>.</summary>
    protected Microsoft.AspNetCore.Mvc.IActionResult? UseListing(string heading, string baseUrl, ArticlePage articles, int? requested)
    {
        Heading = heading;
        Articles = articles;
        Title = articles.PageNumber == 1 ? heading : $"{heading} – {T("PageNumber", articles.PageNumber)}";
        return UsePage(articles, baseUrl, requested);
    }
}
