using System.Net;
using System.Text.Json;
using Warta.Web.Articles;

namespace Warta.IntegrationTests.Discovery;

/// <summary>The search box's suggestions: from memory, only what readers may see, following changes.</summary>
public class SearchSuggestionTests(WartaApp app) : IClassFixture<WartaApp>
{
    private async Task<List<(string Kind, string Label, string Url)>> SuggestAsync(string typed)
    {
        var response = await app.CreateReader().GetAsync($"/cari/saran/?q={Uri.EscapeDataString(typed)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("kind").GetString()!, e.GetProperty("label").GetString()!, e.GetProperty("url").GetString()!)).ToList();
    }

    private async Task<List<(string Kind, string Label, string Url)>> EventuallyAsync(string typed, Func<List<(string Kind, string Label, string Url)>, bool> until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var found = await SuggestAsync(typed);
            if (until(found) || DateTime.UtcNow > deadline) return found;
            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task TypedBeginnings_SuggestSectionsTagsAuthorsAndStories_WithAccentsFolded_AndOnlyWhatReadersMaySee()
    {
        var mark = Guid.NewGuid().ToString("N")[..6];
        var section = await A.Section().Named($"Citarum{mark} Raya").SaveAsync(app);
        var author = await An.Author().Named($"Cita{mark} Lestari").SaveAsync(app);
        var story = await An.Article().Titled($"Sungai Citarum{mark} Kembali Meluap").In(section).By(author).Tagged($"citarum{mark}").SaveAsync(app);
        var draft = await An.Article().Titled($"Citarum{mark} Draf Rahasia").In(section).WithStatus(ArticleStatus.Draft).SaveAsync(app);

        var found = await EventuallyAsync($"cítarum{mark}", f => f.Any(s => s.Label == story.Headline));

        Assert.Contains(("Rubrik", $"Citarum{mark} Raya", $"/rubrik/{section.Slug}/"), found);
        Assert.Contains(("Tag", $"citarum{mark}", $"/tag/citarum{mark}/"), found);
        Assert.Contains(("Berita", story.Headline, WartaApp.UrlOf(story)), found);
        Assert.DoesNotContain(found, s => s.Label == draft.Headline);
        Assert.Equal([("Penulis", $"Cita{mark} Lestari", $"/penulis/{author.Slug}/")], await SuggestAsync($"lestari cita{mark}"));
        // Two words must both begin words of the label; order does not matter.
        Assert.Equal([story.Headline], (await SuggestAsync($"meluap sungai citarum{mark}")).Select(s => s.Label).ToList());
    }

    [Fact]
    public async Task APublishedStory_IsSuggestedSoonAfter_AndOddInputAnswersEmpty()
    {
        var mark = Guid.NewGuid().ToString("N")[..6];
        Assert.Empty(await SuggestAsync($"gempa{mark}"));
        var story = await An.Article().Titled($"Gempa{mark} Guncang Selatan Jawa").SaveAsync(app);

        var found = await EventuallyAsync($"gempa{mark}", f => f.Count > 0);
        Assert.Equal([story.Headline], found.Select(s => s.Label).ToList());

        Assert.Empty(await SuggestAsync("a"));
        Assert.Empty(await SuggestAsync("  "));
        Assert.Empty(await SuggestAsync(new string('x', 5000)));
        Assert.Empty(await SuggestAsync("\"-*?"));
    }
}
