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

/// <summary>The limit is the page's own policy: a handler spelled in another letter case is still limited.</summary>
public class CommentRateLimitTests(CommentDefenceTests.StrictApp app) : IClassFixture<CommentDefenceTests.StrictApp>
{
    [Theory]
    [InlineData("comment")]
    [InlineData("COMMENT")]
    [InlineData("cOmMeNt")]
    public async Task TheRateLimit_HoldsWhateverTheHandlersLetterCase(string handler)
    {
        var article = await An.Article().SaveAsync(app);
        var url = WartaApp.UrlOf(article);
        string Respelled(string action) => action.Replace("handler=Comment", "handler=" + handler, StringComparison.Ordinal);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            statuses.Add((await app.CreateReader().PostCommentAsync(url, $"Komentar {i}.", action: Respelled)).StatusCode);

        Assert.Equal((HttpStatusCode)429, statuses[^1]);
    }
}

/// <summary>A reader without JavaScript on a page from the cache: one confirming click, nothing typed lost.</summary>
public class CommentWithoutScriptTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task ASharedPage_CarriesNoTokens_AndAFormSentWithoutThem_ComesBackFilledIn_ThenGoesThrough()
    {
        var article = await An.Article().SaveAsync(app);
        var url = WartaApp.UrlOf(article);
        var reader = app.CreateReader();
        var (_, shared) = await reader.GetPageAsync(url);
        Assert.Null(shared.QuerySelector("form.comment-form input[name=__RequestVerificationToken]"));
        Assert.Equal("", shared.QuerySelector("form.comment-form input[name='Comment.Token']")?.GetAttribute("value"));

        var typed = new Dictionary<string, string>
        {
            ["Comment.Comment"] = "Tanpa JavaScript pun bisa.", ["Comment.Author"] = "Wati", ["Comment.Email"] = "wati@contoh.id",
        };
        var first = await reader.PostWithoutScriptAsync(url, typed);

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        var form = Html.Parse(await first.Content.ReadAsStringAsync());
        Assert.Contains("sekali lagi", form.Text(".form-problems"), StringComparison.Ordinal);
        Assert.Equal("Tanpa JavaScript pun bisa.", form.QuerySelector("#comment")?.TextContent);
        Assert.Equal("Wati", form.QuerySelector("#author")?.GetAttribute("value"));
        Assert.False(await app.WithDbAsync(db => db.Comments.AnyAsync(c => c.ArticleId == article.Id)));

        // The answer carried fresh tokens: sending it again (as the browser would) goes through.
        var fields = form.QuerySelectorAll("form.comment-form input[type=hidden]").Where(i => i.GetAttribute("name") is not null)
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (name, value) in typed) fields[name] = value;
        var second = await reader.PostAsync(form.QuerySelector("form.comment-form")!.GetAttribute("action"), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Comments.AnyAsync(c => c.ArticleId == article.Id && c.AuthorName == "Wati")));
    }
}
