using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Warta.IntegrationTests.Api;

/// <summary>
/// Readers' comments through the REST API, where the site allows them (off by default, as in WordPress): the form's
/// rules, held for moderation as the form's are, the email kept for the newsroom and never answered.
/// </summary>
public class WordPressReaderCommentTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task WhenTheSiteAllowsIt_AReaderComments_ByTheFormsRules_AndTheEmailIsNeverAnswered()
    {
        var story = await An.Article().SaveAsync(app);
        var reader = app.CreateReader();
        var words = $"Lewat aplikasi ponsel {Guid.NewGuid():N}";
        var comment = new { post = story.Id, content = words, author_name = "Rina", author_email = "rina.pembaca@contoh.test" };
        Assert.Equal(HttpStatusCode.Unauthorized, (await reader.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/comments", comment)).Status);

        await app.SetSiteAsync(s => s.CommentsThroughApi = true);
        var (created, json) = await reader.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/comments", comment);
        Assert.Equal(HttpStatusCode.Created, created);
        // A first-time commenter is held, as on the form (earlier approval is the default rule).
        Assert.Equal("hold", json.GetProperty("status").GetString());
        Assert.Equal("Rina", json.GetProperty("author_name").GetString());
        Assert.DoesNotContain("rina.pembaca", json.GetRawText(), StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.Comments.AsNoTracking().SingleAsync(c => c.Text == words));
        Assert.Equal("rina.pembaca@contoh.test", stored.AuthorEmail);
        Assert.Null(stored.UserId);
        Assert.DoesNotContain(words, await reader.GetStringAsync(WartaApp.UrlOf(story)), StringComparison.Ordinal);

        var (missing, problem) = await reader.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/comments", new { post = story.Id, content = "Tanpa email", author_name = "Rina" });
        Assert.Equal(HttpStatusCode.BadRequest, missing);
        Assert.True(problem.GetProperty("data").GetProperty("params").TryGetProperty("author_email", out var why), problem.GetRawText());
        Assert.Contains("email", why.GetString(), StringComparison.OrdinalIgnoreCase);
        // The form's flood rule: the same address again within seconds is told to wait.
        var (again, flood) = await reader.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/comments", comment with { content = words + " lagi" });
        Assert.Equal(HttpStatusCode.TooManyRequests, again);
        Assert.Equal("comment_flood", flood.GetProperty("code").GetString());
    }
}
