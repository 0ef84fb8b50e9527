using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Warta.IntegrationTests.Comments;

/// <summary>The defences the other tests switch off: the minimum time to post, and the rate limit.</summary>
public class CommentDefenceTests(CommentDefenceTests.StrictApp app) : IClassFixture<CommentDefenceTests.StrictApp>
{
    public sealed class StrictApp : WartaApp
    {
        protected override string MinSecondsToPost => "30";
        protected override string PostsPerMinute => "2";
    }

    [Fact]
    public async Task AFormSentBackTooFast_IsRefused_AndTheTextKept_ThenTheRateLimitBites()
    {
        var article = await An.Article().SaveAsync(app);
        var url = WartaApp.UrlOf(article);

        var tooFast = await app.CreateReader().PostCommentAsync(url, "Bot yang terlalu cepat.");
        Assert.Equal(HttpStatusCode.BadRequest, tooFast.StatusCode);
        var page = Html.Parse(await tooFast.Content.ReadAsStringAsync());
        Assert.Contains("terlalu cepat", page.Text(".form-problems"), StringComparison.Ordinal);
        Assert.Equal("Bot yang terlalu cepat.", page.QuerySelector("#comment")?.TextContent);
        Assert.False(await app.WithDbAsync(db => db.Comments.AnyAsync(c => c.ArticleId == article.Id)));

        await app.CreateReader().PostCommentAsync(url, "Kedua.");
        var limited = await app.CreateReader().PostCommentAsync(url, "Ketiga dalam semenit.");
        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.Contains("Terlalu banyak komentar", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
