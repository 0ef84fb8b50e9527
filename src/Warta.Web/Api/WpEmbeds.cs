using System.Text.Json.Nodes;
using Warta.Web.Data;

namespace Warta.Web.Api;

/// <summary>
/// <c>_embed</c> for posts: the author and the terms (categories, then tags) each post links to as embeddable, read
/// once for the whole page of posts.
/// </summary>
public sealed class WpEmbeds
{
    private readonly Dictionary<int, JsonObject> authors;
    private readonly Dictionary<int, JsonObject> categories;
    private readonly Dictionary<int, JsonObject> tags;

    private WpEmbeds(Dictionary<int, JsonObject> authors, Dictionary<int, JsonObject> categories, Dictionary<int, JsonObject> tags)
    {
        this.authors = authors;
        this.categories = categories;
        this.tags = tags;
    }

    public static async Task<WpEmbeds> ForPostsAsync(WartaDb db, HttpContext http, IReadOnlyList<(int Author, int Section, IReadOnlyList<int> Tags)> posts, CancellationToken ct)
    {
        var origin = Site.PublicOrigin.Of(http);
        var services = http.RequestServices;
        var users = await services.GetRequiredService<WpUsers>().PublishedAsync(posts.Select(p => p.Author).Distinct().ToList(), ct);
        var terms = services.GetRequiredService<WpTerms>();
        var sections = (await terms.AllAsync("category", ct)).Where(t => posts.Any(p => p.Section == t.Id));
        var tagIds = posts.SelectMany(p => p.Tags).ToHashSet();
        var tagTerms = (await terms.AllAsync("post_tag", ct)).Where(t => tagIds.Contains(t.Id));
        return new WpEmbeds(
            users.ToDictionary(u => u.Id, u => WpUsers.Shape(u, origin)),
            sections.ToDictionary(t => t.Id, t => WpTerms.Shape(t, "category", origin)),
            tagTerms.ToDictionary(t => t.Id, t => WpTerms.Shape(t, "post_tag", origin)));
    }

    public JsonObject For(int author, int section, IReadOnlyList<int> tagIds)
    {
        var embedded = new JsonObject();
        // An author with no visible work is not public: WordPress embeds the error it would answer.
        embedded["author"] = new JsonArray(authors.TryGetValue(author, out var user)
            ? user.DeepClone()
            : new JsonObject { ["code"] = "rest_user_invalid_id", ["message"] = "Invalid user ID.", ["data"] = new JsonObject { ["status"] = 404 } });
        embedded["wp:term"] = new JsonArray(
            new JsonArray(categories.TryGetValue(section, out var category) ? [category.DeepClone()] : []),
            new JsonArray(tagIds.Where(tags.ContainsKey).Select(id => (JsonNode?)tags[id].DeepClone()).ToArray()));
        return embedded;
    }
}
