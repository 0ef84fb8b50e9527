namespace Warta.IntegrationTests.Pages;

/// <summary>In a database of its own: a pinned story takes the home page's headline from every other test's newest.</summary>
public class PinnedHeadlineTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task APinnedStory_StaysTheHeadline_WhileNewerOnesArrive_AndIsNotListedTwice()
    {
        var olderPin = await An.Article().Pinned().PublishedAt(DateTime.UtcNow.AddHours(-8)).SaveAsync(app);
        var pinned = await An.Article().Pinned().PublishedAt(DateTime.UtcNow.AddHours(-5)).SaveAsync(app);
        var newer = await An.Article().PublishedAt(DateTime.UtcNow.AddMinutes(-2)).SaveAsync(app);
        var futurePin = await An.Article().Pinned().PublishedAt(DateTime.UtcNow.AddHours(3)).SaveAsync(app);

        var (_, page) = await app.CreateReader().GetPageAsync("/");

        Assert.Equal(pinned.Headline, page.Text(".top-story-headline"));
        var latest = page.QuerySelectorAll(".latest .article-list h3").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal([newer.Headline, olderPin.Headline], latest);
        Assert.DoesNotContain(futurePin.Headline, page.Body!.TextContent, StringComparison.Ordinal);
    }
}
