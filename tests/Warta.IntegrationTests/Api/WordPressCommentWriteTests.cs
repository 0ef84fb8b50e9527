using System.Net;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Comments;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Api;

/// <summary>
/// Comments through the REST API: staff reply through the comment form's rules, moderators work the queue (held,
/// approved, spam, trash) as in the newsroom, readers' pages follow, and no answer ever carries a commenter's email.
/// </summary>
public class WordPressCommentWriteTests(WartaApp app) : IClassFixture<WartaApp>
{
    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private async Task<int> HeldCommentAsync(int articleId, string words) => await app.WithDbAsync(async db =>
    {
        var comment = new Comment
        {
            ArticleId = articleId, AuthorName = "Pembaca", AuthorEmail = "rahasia-pembaca@contoh.test", AuthorIp = "203.0.113.9",
            Text = words, Status = CommentStatus.Pending, CreatedAt = DateTime.UtcNow,
        };
        db.Comments.Add(comment);
        await db.SaveChangesAsync();
        return comment.Id;
    });

    [Fact]
    public async Task Nobody_CannotComment_AStaffMember_CommentsThroughTheFormsRules()
    {
        var story = await An.Article().SaveAsync(app);
        var words = $"Terima kasih atas koreksinya {Unique()}";

        var (anonymous, refusal) = await app.CreateReader().SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/comments", new { post = story.Id, content = words, author_name = "X", author_email = "x@contoh.test" });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous);
        Assert.Equal("rest_comment_login_required", refusal.GetProperty("code").GetString());
        Assert.False(await app.WithDbAsync(db => db.Comments.AnyAsync(c => c.Text == words)));

        var editor = await app.ApiClientAsync(NewsroomRoles.Editor);
        var (created, comment) = await editor.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/comments", new { post = story.Id, content = words });
        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal("approved", comment.GetProperty("status").GetString());
        Assert.Contains("Terima kasih", comment.GetProperty("content").GetProperty("rendered").GetString(), StringComparison.Ordinal);
        Assert.Contains(words, await app.CreateReader().GetStringAsync(WartaApp.UrlOf(story)), StringComparison.Ordinal);

        var (duplicate, again) = await editor.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/comments", new { post = story.Id, content = words });
        Assert.Equal(HttpStatusCode.Conflict, duplicate);
        Assert.Equal("comment_duplicate", again.GetProperty("code").GetString());
        var (empty, problem) = await editor.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/comments", new { post = story.Id, content = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty);
        Assert.True(problem.GetProperty("data").GetProperty("params").TryGetProperty("content", out _));
        var draft = await An.Article().WithStatus(Warta.Web.Articles.ArticleStatus.Draft).SaveAsync(app);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.SendJsonAsync(HttpMethod.Post, "/wp-json/wp/v2/comments", new { post = draft.Id, content = "Ke draf" })).Status);
    }

    [Fact]
    public async Task AModerator_WorksTheQueue_AndReadersSeeTheResult_WithoutAnEmailInAnyAnswer()
    {
        var story = await An.Article().SaveAsync(app);
        var words = $"Komentar yang ditahan {Unique()}";
        var id = await HeldCommentAsync(story.Id, words);
        var moderator = await app.ApiClientAsync(NewsroomRoles.Moderator);

        var (listed, queue) = await moderator.SendJsonAsync(HttpMethod.Get, $"/wp-json/wp/v2/comments?status=hold&post={story.Id}");
        Assert.Equal(HttpStatusCode.OK, listed);
        Assert.Equal([id], queue.EnumerateArray().Select(c => c.GetProperty("id").GetInt32()));
        Assert.Equal("hold", queue[0].GetProperty("status").GetString());
        Assert.DoesNotContain("rahasia-pembaca", queue.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("203.0.113.9", queue.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(words, await app.CreateReader().GetStringAsync(WartaApp.UrlOf(story)), StringComparison.Ordinal);

        var (approved, shown) = await moderator.SendJsonAsync(HttpMethod.Patch, $"/wp-json/wp/v2/comments/{id}", new { status = "approved" });
        Assert.Equal(HttpStatusCode.OK, approved);
        Assert.Equal("approved", shown.GetProperty("status").GetString());
        Assert.DoesNotContain("rahasia-pembaca", shown.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(words, await app.CreateReader().GetStringAsync(WartaApp.UrlOf(story)), StringComparison.Ordinal);

        var (trashed, bin) = await moderator.SendJsonAsync(HttpMethod.Delete, $"/wp-json/wp/v2/comments/{id}");
        Assert.Equal(HttpStatusCode.OK, trashed);
        Assert.Equal("trash", bin.GetProperty("status").GetString());
        Assert.DoesNotContain(words, await app.CreateReader().GetStringAsync(WartaApp.UrlOf(story)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, (await moderator.SendJsonAsync(HttpMethod.Delete, $"/wp-json/wp/v2/comments/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotImplemented, (await moderator.SendJsonAsync(HttpMethod.Delete, $"/wp-json/wp/v2/comments/{id}?force=true")).Status);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(NewsroomRoles.Contributor, HttpStatusCode.Forbidden)]
    [InlineData(NewsroomRoles.Author, HttpStatusCode.Forbidden)]
    [InlineData(NewsroomRoles.Moderator, HttpStatusCode.OK)]
    [InlineData(NewsroomRoles.Editor, HttpStatusCode.OK)]
    [InlineData(NewsroomRoles.Administrator, HttpStatusCode.OK)]
    public async Task Moderation_IsForThoseWhoMayModerate(string? role, HttpStatusCode expected)
    {
        var story = await An.Article().SaveAsync(app);
        var id = await HeldCommentAsync(story.Id, $"Menunggu {Unique()}");
        var client = await app.ApiClientAsync(role);

        var (status, json) = await client.SendJsonAsync(HttpMethod.Post, $"/wp-json/wp/v2/comments/{id}", new { status = "approved" });
        Assert.True(expected == status, $"{role ?? "anonymous"}: {(int)status} {json}");
        var (queue, _) = await client.SendJsonAsync(HttpMethod.Get, "/wp-json/wp/v2/comments?status=hold");
        Assert.Equal(expected, queue);
        Assert.Equal(expected == HttpStatusCode.OK ? CommentStatus.Approved : CommentStatus.Pending,
            await app.WithDbAsync(db => db.Comments.Where(c => c.Id == id).Select(c => c.Status).SingleAsync()));
    }
}
