using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace Warta.Web.Caching;

/// <summary>
/// What a cached page shows, as tags the output cache can evict by. A page names the content it lists; a change
/// evicts the tags of what it touched (<see cref="Changes.ContentChanges"/>), and so exactly the pages showing it.
/// </summary>
public static class CacheTags
{
    /// <summary>On every cached page: navigation, menus, site name. Evicted by changes to any of those.</summary>
    public const string Site = "site";

    /// <summary>Pages listing from all published stories: home, site feed, date archives, sitemaps.</summary>
    public const string AllArticles = "all";

    /// <summary>Feeds and sitemaps: they list stories with their titles and last change, so any change to a public story reaches them.</summary>
    public const string Syndication = "syndication";

    /// <summary>Pages showing the "Terpopuler" list: evicted when the list's order changes (<see cref="Popular.ViewFlusher"/>).</summary>
    public const string Popular = "popular";

    private const string Marker = "warta.cacheable";

    public static string Article(int id) => "article-" + id.ToString(CultureInfo.InvariantCulture);
    public static string Section(int id) => "section-" + id.ToString(CultureInfo.InvariantCulture);
    public static string Tag(int id) => "tag-" + id.ToString(CultureInfo.InvariantCulture);
    public static string Author(int id) => "author-" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Marks this response as a reader page that may be cached, under <paramref name="tags"/>. Pages opt in: a
    /// response that never calls this (search results, errors, anything personal) is never stored.
    /// </summary>
    public static void Add(HttpContext context, params IEnumerable<string> tags)
    {
        context.Items[Marker] = true;
        Note(context, tags);
    }

    /// <summary>Adds tags for content a page shows (a list's stories) without marking the page cacheable.</summary>
    public static void Note(HttpContext context, IEnumerable<string> tags)
    {
        var collected = Collected(context);
        var feature = context.Features.Get<IOutputCacheFeature>();
        foreach (var tag in tags)
        {
            collected.Add(tag);
            feature?.Context.Tags.Add(tag);
        }
    }

    public static void NoteArticles(HttpContext context, IEnumerable<int> ids) => Note(context, ids.Select(Article));

    public static bool IsCacheable(HttpContext context) => context.Items.ContainsKey(Marker);

    /// <summary>The tags this response was given, also when the output cache is off (they go out as Cache-Tag).</summary>
    public static HashSet<string> Collected(HttpContext context)
    {
        if (context.Items["warta.cache-tags"] is HashSet<string> tags) return tags;
        // A page with lists notes a few dozen stories: sized for them at once.
        var created = new HashSet<string>(32, StringComparer.Ordinal) { Site };
        context.Items["warta.cache-tags"] = created;
        return created;
    }
}
