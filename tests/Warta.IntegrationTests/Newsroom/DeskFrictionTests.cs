using Microsoft.EntityFrameworkCore;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Newsroom;

/// <summary>The small things a desk trips over every day (#19's "Broken" list), each with what a reader then sees.</summary>
public class DeskFrictionTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task ACreditTypedWithItsLabel_AndADatelineTypedWithItsDash_AreNotDoubled_AndTheEditorSaysWhy()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var (_, form) = await editor.GetPageAsync("/newsroom/artikel/tulis/");
        Assert.Contains("“Foto:” ditambahkan otomatis", form.Text("#image-credit-hint"), StringComparison.Ordinal);
        Assert.Contains("JAKARTA –", form.Text("#dateline-hint"), StringComparison.Ordinal);
        var section = await A.Section().SaveAsync(app);
        var headline = $"Banjir Rob Pesisir {Guid.NewGuid():N}";

        await editor.PostFormAsync("/newsroom/artikel/tulis/", new()
        {
            ["Form.Headline"] = headline, ["Form.Body"] = "Air laut naik.", ["Form.SectionId"] = section.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Language"] = "id", ["Form.Dateline"] = "Semarang –", ["Form.ImageUrl"] = "/media/rob.jpg", ["Form.ImageAlt"] = "Air laut di jalan",
            ["Form.ImageCredit"] = "Foto: Dimas Pratama", ["act"] = "Publish",
        }, "#editor");

        var story = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.Headline == headline));
        Assert.Equal(("Semarang", "Dimas Pratama"), (story.Dateline, story.FeaturedImageCredit));
        var (_, page) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(story));
        Assert.Equal("Foto: Dimas Pratama", page.Text(".featured-image .credit"));
        Assert.Equal("SEMARANG –", page.Text(".dateline"));

        // Stored before this rule (or imported): shown without the double label too.
        var older = await An.Article().WithImage("/media/arsip.jpg", "Foto arsip", credit: "Foto: Arsip Redaksi").SaveAsync(app);
        var (_, again) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(older));
        Assert.Equal("Foto: Arsip Redaksi", again.Text(".featured-image .credit"));
    }

    [Fact]
    public async Task CountedWords_FollowTheLanguagesPluralRule()
    {
        var one = await An.Article().SaveAsync(app);
        var two = await An.Article().SaveAsync(app);
        await app.WithDbAsync(async db =>
        {
            foreach (var (article, n) in new[] { (one, 1), (two, 2) })
                for (var i = 0; i < n; i++)
                    db.Comments.Add(new Warta.Web.Comments.Comment
                    {
                        ArticleId = article.Id, AuthorName = "Pembaca", AuthorEmail = "p@pembaca.example", Text = $"Komentar {i}",
                        Status = Warta.Web.Comments.CommentStatus.Approved, CreatedAt = DateTime.UtcNow,
                    });
            await db.SaveChangesAsync();
        });
        try
        {
            Assert.Equal("1 Komentar", (await app.CreateReader().GetPageAsync(WartaApp.UrlOf(one))).Document.Text("#comments-title"));
            await app.SetSiteAsync(s => s.Language = "en");
            Assert.Equal("1 Comment", (await app.CreateReader().GetPageAsync(WartaApp.UrlOf(one))).Document.Text("#comments-title"));
            Assert.Equal("2 Comments", (await app.CreateReader().GetPageAsync(WartaApp.UrlOf(two))).Document.Text("#comments-title"));
        }
        finally
        {
            await app.SetSiteAsync(s => s.Language = "id");
        }
    }

    [Fact]
    public async Task ThePagesList_AndThePageEditor_UseTheirOwnWords()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);

        var (_, list) = await editor.GetPageAsync("/newsroom/halaman/");
        var (_, page) = await editor.GetPageAsync("/newsroom/halaman/tulis/");

        Assert.Equal(["Judul halaman", "Alamat", "Status"], list.QuerySelectorAll(".nr-table thead th").Select(th => th.TextContent.Trim()).Take(3));
        Assert.Equal("Isi halaman", page.Text("label[for=page-body]"));
    }

    [Fact]
    public async Task ATopStoryWithoutAPicture_TakesTheWholeHero()
    {
        var story = await An.Article().Titled($"Tanpa Foto {Guid.NewGuid():N}").Pinned().SaveAsync(app);

        var (_, home) = await app.CreateReader().GetPageAsync("/");

        Assert.Equal(story.Headline, home.Text(".top-story-headline"));
        Assert.Equal("text-only", home.QuerySelector(".top-story article")?.GetAttribute("class"));
    }
}
