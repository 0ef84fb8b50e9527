using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Comments;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Comments;

public class ModerationTests(WartaApp app) : IClassFixture<WartaApp>
{
    private async Task<Comment> HeldCommentAsync(string text, string? email = null)
    {
        var article = await An.Article().SaveAsync(app);
        await app.CreateReader().PostCommentAsync(WartaApp.UrlOf(article), text, "Pembaca Tertahan", email);
        return await app.WithDbAsync(db => db.Comments.OrderByDescending(c => c.Id).FirstAsync());
    }

    private static async Task<HttpResponseMessage> SetAsync(HttpClient client, CommentStatus to, params int[] ids)
    {
        var page = Html.Parse(await client.GetStringAsync("/newsroom/komentar/"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = ids.Select(id => new KeyValuePair<string, string>("ids", id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("to", to.ToString())).Append(new("__RequestVerificationToken", token));
        return await client.PostAsync("/newsroom/komentar/?handler=Set", new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task AModerator_ApprovesAHeldComment_AndReadersSeeItAtOnce()
    {
        var comment = await HeldCommentAsync("Mohon dimuat, terima kasih.");
        var moderator = await app.CreateClientAsAsync(NewsroomRoles.Moderator);

        var (_, queue) = await moderator.GetPageAsync("/newsroom/komentar/");
        Assert.NotNull(queue.GetElementById($"moderasi-{comment.Id}"));
        var response = await SetAsync(moderator, CommentStatus.Approved, comment.Id);

        Assert.Contains("1 komentar dipindahkan ke Disetujui.", Html.Parse(await response.Content.ReadAsStringAsync()).Text(".nr-ok"), StringComparison.Ordinal);
        var url = await app.WithDbAsync(async db => WartaApp.UrlOf(await db.Articles.SingleAsync(a => a.Id == comment.ArticleId)));
        var (_, page) = await app.CreateReader().GetPageAsync(url);
        Assert.NotNull(page.CommentById(comment.Id));
        // Moderators moderate; they do not edit articles.
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.GetAsync("/newsroom/artikel/")).StatusCode);
    }

    [Fact]
    public async Task BulkSpamAndTrash_MoveManyAtOnce()
    {
        var a = await HeldCommentAsync("Satu");
        var b = await HeldCommentAsync("Dua");
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);

        await SetAsync(editor, CommentStatus.Spam, a.Id, b.Id);

        Assert.Equal(2, await app.WithDbAsync(db => db.Comments.CountAsync(c => (c.Id == a.Id || c.Id == b.Id) && c.Status == CommentStatus.Spam)));
    }

    [Fact]
    public async Task AStaffReply_ApprovesTheQuestion_AndIsPublishedAsStaff()
    {
        var question = await HeldCommentAsync("Kapan berita lanjutannya terbit?");
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);

        var response = await editor.PostFormAsync("/newsroom/komentar/", new() { ["id"] = question.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["text"] = "Besok pagi, terima kasih." }, $"#moderasi-{question.Id} form[action*=Reply]");

        Assert.Contains("Balasan terbit.", Html.Parse(await response.Content.ReadAsStringAsync()).Text(".nr-ok"), StringComparison.Ordinal);
        var reply = await app.WithDbAsync(db => db.Comments.SingleAsync(c => c.ParentId == question.Id));
        Assert.Equal(CommentStatus.Approved, reply.Status);
        Assert.NotNull(reply.UserId);
        Assert.Equal(CommentStatus.Approved, (await app.WithDbAsync(db => db.Comments.SingleAsync(c => c.Id == question.Id))).Status);
    }

    [Fact]
    public async Task AnEditor_ExportsAndErasesACommentersData_AndTheThreadKeepsItsPlace()
    {
        var email = $"minta-hapus-{Guid.NewGuid().ToString("N")[..6]}@contoh.id";
        var comment = await HeldCommentAsync("Data saya tolong dihapus nanti.", email);
        await app.WithDbAsync(db => db.Comments.Where(c => c.Id == comment.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CommentStatus.Approved)));
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);

        var page = Html.Parse(await editor.GetStringAsync("/newsroom/komentar/privasi/"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var exported = await editor.PostAsync("/newsroom/komentar/privasi/?handler=Export", new FormUrlEncodedContent([new("Email", email), new("__RequestVerificationToken", token)]));
        Assert.Equal("application/json", exported.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await exported.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Data saya tolong dihapus nanti.", json.GetProperty("comments")[0].GetProperty("Text").GetString());

        var erased = await editor.PostAsync("/newsroom/komentar/privasi/?handler=Erase", new FormUrlEncodedContent([new("Email", email), new("__RequestVerificationToken", token)]));
        Assert.Contains("1 komentar dihapus datanya.", Html.Parse(await erased.Content.ReadAsStringAsync()).Text(".nr-ok"), StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.Comments.SingleAsync(c => c.Id == comment.Id));
        Assert.Null(stored.AuthorEmail);
        Assert.Null(stored.Text);
        Assert.NotNull(stored.ErasedAt);
        var url = await app.WithDbAsync(async db => WartaApp.UrlOf(await db.Articles.SingleAsync(a => a.Id == comment.ArticleId)));
        var (_, articlePage) = await app.CreateReader().GetPageAsync(url);
        Assert.Equal("Komentar dihapus", articlePage.CommentById(comment.Id)?.QuerySelector(".comment-author")?.TextContent);
    }

    [Fact]
    public async Task DiscussionSettings_AndThePerStorySwitch_AreEditedInTheNewsroom()
    {
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);
        var settings = Html.Parse(await admin.GetStringAsync("/newsroom/pengaturan/"));
        Assert.Equal("true", settings.QuerySelector("input[name=CommentPreviouslyApproved]")?.HasAttribute("checked").ToString().ToLowerInvariant());
        Assert.Equal("2", settings.QuerySelector("#max-links")?.GetAttribute("value"));

        var headline = $"Komentar Ditutup {Guid.NewGuid().ToString("N")[..6]}";
        var section = await A.Section().SaveAsync(app);
        await admin.PostFormAsync("/newsroom/artikel/tulis/", new()
        {
            ["Form.Headline"] = headline, ["Form.Body"] = "Isi.", ["Form.SectionId"] = section.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Language"] = "id", ["Form.CommentsOpen"] = "false", ["act"] = "Publish",
        }, "#editor");
        var article = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.Headline == headline));

        Assert.False(article.CommentsOpen);
        var (_, page) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(article));
        Assert.Null(page.QuerySelector("form.comment-form"));
    }

    [Fact]
    public async Task StaffWhoModerate_AndTheStorysAuthors_SkipModeration()
    {
        var (email, _) = await app.CreateStaffAsync(NewsroomRoles.Author);
        var client = app.CreateReader();
        await client.SignInAsync(email, StaffSignIn.Password);
        var authorId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.AuthorId!.Value).SingleAsync());
        var author = await app.WithDbAsync(db => db.Authors.SingleAsync(a => a.Id == authorId));
        var own = await An.Article().By(author).SaveAsync(app);

        await client.PostCommentAsync(WartaApp.UrlOf(own), "Terima kasih sudah membaca, penulis di sini.");

        var comment = await app.WithDbAsync(db => db.Comments.OrderByDescending(c => c.Id).FirstAsync());
        Assert.Equal(CommentStatus.Approved, comment.Status);
        Assert.NotNull(comment.UserId);
    }
}
