using System.Net;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Comments;

namespace Warta.IntegrationTests.Comments;

public class CommentRulesTests(WartaApp app) : IClassFixture<WartaApp>
{
    private Task<Comment> LatestAsync() => app.WithDbAsync(db => db.Comments.OrderByDescending(c => c.Id).FirstAsync());

    private async Task ApproveAsync(string name, string email) =>
        await app.WithDbAsync(async db =>
        {
            var article = await An.Article().SaveAsync(app);
            db.Comments.Add(new Comment { ArticleId = article.Id, AuthorName = name, AuthorEmail = email, Text = "Komentar lama.", Status = CommentStatus.Approved, CreatedAt = DateTime.UtcNow.AddDays(-1) });
            await db.SaveChangesAsync();
        });

    [Fact]
    public async Task AFirstTimeCommenter_IsHeld_AndOnlyTheySeeIt_Marked()
    {
        var article = await An.Article().SaveAsync(app);
        var url = WartaApp.UrlOf(article);
        var writer = app.CreateReader();

        var response = await writer.PostCommentAsync(url, "Pertama kali berkomentar di sini.");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal($"{url}#komentar-saya", response.Headers.Location?.ToString());
        var comment = await LatestAsync();
        Assert.Equal(CommentStatus.Pending, comment.Status);
        var (_, own) = await writer.GetPageAsync(url);
        Assert.Equal("Komentar Anda sedang menunggu moderasi.", own.CommentById(comment.Id)?.QuerySelector(".held-note")?.TextContent);
        var (_, others) = await app.CreateReader().GetPageAsync(url);
        Assert.Null(others.CommentById(comment.Id));
    }

    [Fact]
    public async Task APreviouslyApprovedCommenter_AppearsAtOnce_AtTheCommentsAnchor()
    {
        await ApproveAsync("Sari Pembaca", "sari@contoh.id");
        var article = await An.Article().SaveAsync(app);
        var url = WartaApp.UrlOf(article);

        var response = await app.CreateReader().PostCommentAsync(url, "Setuju dengan **isi** berita ini.", "Sari Pembaca", "sari@contoh.id");

        var comment = await LatestAsync();
        Assert.Equal(CommentStatus.Approved, comment.Status);
        Assert.Equal($"{url}#comment-{comment.Id}", response.Headers.Location?.ToString());
        var (_, page) = await app.CreateReader().GetPageAsync(url);
        Assert.Equal("Sari Pembaca", page.CommentById(comment.Id)?.QuerySelector(".comment-author")?.TextContent);
        Assert.Equal("1 Komentar", page.Text("#comments-title"));
        Assert.DoesNotContain("sari@contoh.id", await app.CreateReader().GetStringAsync(url), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("", "Budi", "budi@contoh.id", null, "Tulis komentar Anda terlebih dahulu.")]
    [InlineData("Isi", "", "budi@contoh.id", null, "Nama wajib diisi.")]
    [InlineData("Isi", "Budi", "bukan-email", null, "Masukkan alamat email yang sah")]
    [InlineData("Isi", "Budi", "budi@contoh.id", "javascript:alert(1)", "Situs web harus berupa alamat http://")]
    public async Task BadInput_ReShowsTheForm_WithTheTextKept(string text, string name, string email, string? url, string message)
    {
        var article = await An.Article().SaveAsync(app);

        var response = await app.CreateReader().PostCommentAsync(WartaApp.UrlOf(article), text, name, email, url);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        Assert.Contains(message, page.Text(".comment-form .form-problems"), StringComparison.Ordinal);
        Assert.Equal(text, page.QuerySelector("#comment")?.TextContent);
        Assert.Equal(name, page.QuerySelector("#author")?.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task LengthLimits_AreWordPresss()
    {
        var article = await An.Article().SaveAsync(app);

        var longName = await app.CreateReader().PostCommentAsync(WartaApp.UrlOf(article), "Isi.", new string('n', 246));
        var longText = await app.CreateReader().PostCommentAsync(WartaApp.UrlOf(article), new string('k', 65_526));

        Assert.Contains("Nama terlalu panjang (paling banyak 245 karakter).", Html.Parse(await longName.Content.ReadAsStringAsync()).Text(".form-problems"), StringComparison.Ordinal);
        Assert.Contains("Komentar terlalu panjang (paling banyak 65525 karakter).", Html.Parse(await longText.Content.ReadAsStringAsync()).Text(".form-problems"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Lihat http://satu.example dan https://dua.example sekarang", CommentStatus.Pending)]
    [InlineData("Lihat <a href=\"https://satu.example\">ini</a> dan http://dua.example", CommentStatus.Pending)]
    [InlineData("Satu tautan saja: https://satu.example", CommentStatus.Approved)]
    public async Task TwoOrMoreLinks_HoldTheComment_EvenFromAKnownCommenter(string text, CommentStatus expected)
    {
        var email = $"kenal-{Guid.NewGuid().ToString("N")[..6]}@contoh.id";
        await ApproveAsync("Pembaca Kenal", email);
        var article = await An.Article().SaveAsync(app);

        await app.CreateReader().PostCommentAsync(WartaApp.UrlOf(article), text, "Pembaca Kenal", email);

        Assert.Equal(expected, (await LatestAsync()).Status);
    }

    [Fact]
    public async Task ModerationAndDisallowedWords_MatchAnywhere_CaseInsensitively()
    {
        var email = $"kata-{Guid.NewGuid().ToString("N")[..6]}@contoh.id";
        await ApproveAsync("Pembaca Kata", email);
        await app.SetSiteAsync(s => { s.CommentModerationWords = "judi online"; s.CommentDisallowedWords = "pinjol ilegal\nBotJahat"; });
        try
        {
            var article = await An.Article().SaveAsync(app);
            var url = WartaApp.UrlOf(article);

            await app.CreateReader().PostCommentAsync(url, "Ada yang tahu soal JUDI Online?", "Pembaca Kata", email);
            Assert.Equal(CommentStatus.Pending, (await LatestAsync()).Status);
            // Other addresses each time: the same one would meet flood control first.
            await app.CreateReader().PostCommentAsync(url, "Info Pinjol Ilegal murah", "Pembaca Kata");
            Assert.Equal(CommentStatus.Trash, (await LatestAsync()).Status);
            await app.CreateReader().PostCommentAsync(url, "Komentar biasa saja.", "Pembaca Kata", userAgent: "Mozilla/5.0 botjahat/1.0");
            Assert.Equal(CommentStatus.Trash, (await LatestAsync()).Status);
        }
        finally
        {
            await app.SetSiteAsync(s => { s.CommentModerationWords = null; s.CommentDisallowedWords = null; });
        }
    }

    [Fact]
    public async Task TheHoneypot_MarksSpam_WithoutTellingTheBot()
    {
        var article = await An.Article().SaveAsync(app);

        var response = await app.CreateReader().PostCommentAsync(WartaApp.UrlOf(article), "Beli obat murah", honeypot: "https://spam.example");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(CommentStatus.Spam, (await LatestAsync()).Status);
    }

    [Fact]
    public async Task FloodAndDuplicates_AreRefused_WithClearMessages()
    {
        var article = await An.Article().SaveAsync(app);
        var url = WartaApp.UrlOf(article);
        var email = $"cepat-{Guid.NewGuid().ToString("N")[..6]}@contoh.id";

        await app.CreateReader().PostCommentAsync(url, "Komentar pertama.", "Pembaca Cepat", email);
        var flood = await app.CreateReader().PostCommentAsync(url, "Komentar kedua yang terlalu cepat.", "Pembaca Cepat", email);
        Assert.Equal((HttpStatusCode)429, flood.StatusCode);
        Assert.Contains("Tunggu 15 detik", Html.Parse(await flood.Content.ReadAsStringAsync()).Text(".form-problems"), StringComparison.Ordinal);

        await app.WithDbAsync(db => db.Comments.Where(c => c.AuthorEmail == email).ExecuteUpdateAsync(s => s.SetProperty(c => c.CreatedAt, c => c.CreatedAt.AddMinutes(-1))));
        var duplicate = await app.CreateReader().PostCommentAsync(url, "Komentar pertama.", "Pembaca Cepat", email);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Contains("sepertinya Anda sudah mengatakannya", Html.Parse(await duplicate.Content.ReadAsStringAsync()).Text(".form-problems"), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Comments.CountAsync(c => c.AuthorEmail == email)));
    }

    [Fact]
    public async Task CommentText_IsSanitized_AndLinksAreNofollowUgc()
    {
        await ApproveAsync("Pembaca Aman", "aman@contoh.id");
        var article = await An.Article().SaveAsync(app);
        string[] payloads =
        [
            "<script>alert(1)</script>Teks", "<img src=x onerror=alert(2)>", "<a href=\"javascript:alert(3)\">klik</a>",
            "<svg onload=alert(4)>", "<iframe src=https://evil.example></iframe>", "<p style=\"x:expression(alert(5))\">gaya</p>",
            "<a href=\"https://contoh.id\" onclick=\"alert(6)\">tautan baik</a>",
        ];
        var comment = await app.WithDbAsync(async db =>
        {
            var c = new Comment { ArticleId = article.Id, AuthorName = "<b>Nama</b><script>alert(7)</script>", AuthorEmail = "aman@contoh.id",
                AuthorUrl = "https://contoh.id/\"onmouseover=\"alert(8)", Text = string.Join("\n\n", payloads), Status = CommentStatus.Approved, CreatedAt = DateTime.UtcNow };
            db.Comments.Add(c);
            await db.SaveChangesAsync();
            return c;
        });

        var html = await app.CreateReader().GetStringAsync(WartaApp.UrlOf(article));
        var node = Html.Parse(html).CommentById(comment.Id)!;

        Assert.Empty(node.QuerySelectorAll("script, iframe, svg, img"));
        Assert.DoesNotContain("onerror", node.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", node.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", node.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", node.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("<b>Nama</b><script>alert(7)</script>", node.QuerySelector(".comment-author")!.TextContent);
        Assert.Equal("nofollow ugc noopener", node.QuerySelector(".comment-text a")?.GetAttribute("rel"));
        Assert.Null(node.QuerySelector(".comment-author")!.GetAttribute("onmouseover"));
    }

    [Fact]
    public async Task Replies_NestUnderTheirParent()
    {
        await ApproveAsync("Penanya", "penanya@contoh.id");
        await ApproveAsync("Penjawab", "penjawab@contoh.id");
        var article = await An.Article().SaveAsync(app);
        var url = WartaApp.UrlOf(article);
        await app.CreateReader().PostCommentAsync(url, "Kapan pelabuhan dibuka?", "Penanya", "penanya@contoh.id");
        var question = await LatestAsync();

        var (_, withReplyForm) = await app.CreateReader().GetPageAsync($"{url}?balas={question.Id}");
        Assert.Equal(question.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), withReplyForm.QuerySelector("#comment-parent")?.GetAttribute("value"));
        await app.CreateReader().PostCommentAsync(url, "Pekan depan.", "Penjawab", "penjawab@contoh.id", parentId: question.Id);
        var answer = await LatestAsync();

        var (_, page) = await app.CreateReader().GetPageAsync(url);
        Assert.NotNull(page.QuerySelector($"#comment-{question.Id} > .children > #comment-{answer.Id}"));
        Assert.Equal(1, answer.Depth);
    }

    [Fact]
    public async Task ClosedComments_HaveNoForm_AndRefusePosts()
    {
        var article = await An.Article().SaveAsync(app);
        var url = WartaApp.UrlOf(article);
        var client = app.CreateReader();
        var (action, antiforgery, timer) = await client.FormTokensAsync(url);
        await app.WithDbAsync(async db =>
        {
            (await db.Articles.SingleAsync(a => a.Id == article.Id)).CommentsOpen = false;
            return await db.SaveChangesAsync();
        });

        var (_, closed) = await app.CreateReader().GetPageAsync(url);
        Assert.Null(closed.QuerySelector("form.comment-form"));
        Assert.Equal("Komentar untuk artikel ini sudah ditutup.", closed.Text(".comments-closed"));

        // A form opened before the close is refused too.
        var response = await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery, ["Comment.Token"] = timer,
            ["Comment.Comment"] = "Masih bisa?", ["Comment.Author"] = "Terlambat", ["Comment.Email"] = "telat@contoh.id",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Comments.AnyAsync(c => c.ArticleId == article.Id)));
    }

    [Fact]
    public async Task SiteWideClosing_AfterNDays()
    {
        var old = await An.Article().PublishedAt(DateTime.UtcNow.AddDays(-40)).SaveAsync(app);
        await app.SetSiteAsync(s => s.CommentCloseAfterDays = 30);
        try
        {
            var (_, page) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(old));
            Assert.Null(page.QuerySelector("form.comment-form"));
        }
        finally
        {
            await app.SetSiteAsync(s => s.CommentCloseAfterDays = 0);
        }
    }
}
