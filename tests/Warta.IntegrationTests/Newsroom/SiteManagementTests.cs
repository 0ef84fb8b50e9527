using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Newsroom;

public class SiteManagementTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task Administrator_ChangesSiteSettings_AndReadersSeeThemAtOnce()
    {
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);
        try
        {
            var response = await admin.PostFormAsync("/newsroom/pengaturan/", new()
            {
                ["Name"] = "Kabar Timur", ["Tagline"] = "Dari Makassar untuk Indonesia", ["Language"] = "en",
                ["TimeZone"] = "Asia/Makassar", ["ArticlesPerPage"] = "12", ["FeedFullText"] = "true", ["PopularWindowHours"] = "24", ["AccentColor"] = "#b3261e", ["CommentThreadDepth"] = "5", ["CommentsPerPage"] = "50", ["CommentMaxLinks"] = "2",
            });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            // The confirmation comes in the language just chosen, not the one the form was posted in.
            var (_, saved) = await admin.GetPageAsync(response.Headers.Location!.ToString());
            Assert.Equal("Saved.", saved.Text(".nr-ok"));
            var back = await admin.PostFormAsync("/newsroom/pengaturan/", new()
            {
                ["Name"] = "Kabar Timur", ["Language"] = "id", ["TimeZone"] = "Asia/Makassar", ["ArticlesPerPage"] = "12", ["FeedFullText"] = "true", ["PopularWindowHours"] = "24", ["AccentColor"] = "#b3261e", ["CommentThreadDepth"] = "5", ["CommentsPerPage"] = "50", ["CommentMaxLinks"] = "2",
            });
            Assert.Equal("Tersimpan.", (await admin.GetPageAsync(back.Headers.Location!.ToString())).Document.Text(".nr-ok"));
            await admin.PostFormAsync("/newsroom/pengaturan/", new()
            {
                ["Name"] = "Kabar Timur", ["Tagline"] = "Dari Makassar untuk Indonesia", ["Language"] = "en",
                ["TimeZone"] = "Asia/Makassar", ["ArticlesPerPage"] = "12", ["FeedFullText"] = "true", ["PopularWindowHours"] = "24", ["AccentColor"] = "#b3261e", ["CommentThreadDepth"] = "5", ["CommentsPerPage"] = "50", ["CommentMaxLinks"] = "2",
            });

            var (_, home) = await app.CreateReader().GetPageAsync("/");
            Assert.Equal("Kabar Timur", home.Text(".brand"));
            Assert.Equal("en", home.DocumentElement.GetAttribute("lang"));

            var bad = await admin.PostFormAsync("/newsroom/pengaturan/", new()
            {
                ["Name"] = "", ["Language"] = "fr", ["TimeZone"] = "Europe/Paris", ["ArticlesPerPage"] = "0", ["PopularWindowHours"] = "24", ["AccentColor"] = "#b3261e", ["CommentThreadDepth"] = "5", ["CommentsPerPage"] = "50", ["CommentMaxLinks"] = "2",
            });
            var problems = Html.Parse(await bad.Content.ReadAsStringAsync()).QuerySelectorAll(".nr-problem li").Length;
            Assert.Equal(4, problems);
        }
        finally
        {
            await app.SetSiteAsync(s => { s.Name = "Warta"; s.Tagline = null; s.Language = "id"; s.TimeZone = "Asia/Jakarta"; s.ArticlesPerPage = 10; });
        }
    }

    [Fact]
    public async Task SiteIdentity_ReachesEveryPage_AndTheStructuredData()
    {
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);
        try
        {
            await admin.PostFormAsync("/newsroom/pengaturan/", new()
            {
                ["Name"] = "Warta", ["Language"] = "id", ["TimeZone"] = "Asia/Jakarta", ["ArticlesPerPage"] = "10", ["PopularWindowHours"] = "24",
                ["CommentThreadDepth"] = "5", ["CommentsPerPage"] = "50", ["CommentMaxLinks"] = "2",
                ["LogoUrl"] = "/media/logo-kabar.svg", ["FaviconUrl"] = "/media/ikon.png", ["AccentColor"] = "#0a5c36",
                ["SocialLinks"] = "https://x.com/wartauji\nhttps://www.instagram.com/wartauji", ["PublisherName"] = "PT Warta Media Nusantara",
            });
            var article = await An.Article().SaveAsync(app);
            var (_, page) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(article));

            Assert.Equal("/media/logo-kabar.svg", page.QuerySelector(".brand img")?.GetAttribute("src"));
            Assert.Equal("/media/ikon.png", page.QuerySelector("link[rel=icon]")?.GetAttribute("href"));
            Assert.Equal(["x.com", "instagram.com"], page.QuerySelectorAll(".social-links a").Select(a => a.TextContent));
            // The accent colour travels inline (one stylesheet per page), allowed by its hash in the security policy.
            Assert.Contains("--accent:#0a5c36", page.QuerySelector("head style")?.TextContent, StringComparison.Ordinal);
            Assert.Single(page.QuerySelectorAll("link[rel=stylesheet]"));
            var json = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
            var publisher = json[0].GetProperty("publisher");
            Assert.Equal("PT Warta Media Nusantara", publisher.GetProperty("name").GetString());
            Assert.Equal("http://localhost/media/logo-kabar.svg", publisher.GetProperty("logo").GetProperty("url").GetString());
            Assert.Equal(2, publisher.GetProperty("sameAs").GetArrayLength());

            var bad = await admin.PostFormAsync("/newsroom/pengaturan/", new()
            {
                ["Name"] = "Warta", ["Language"] = "id", ["TimeZone"] = "Asia/Jakarta", ["ArticlesPerPage"] = "10", ["PopularWindowHours"] = "24",
                ["CommentThreadDepth"] = "5", ["CommentsPerPage"] = "50", ["CommentMaxLinks"] = "2",
                ["LogoUrl"] = "javascript:alert(1)", ["AccentColor"] = "merah", ["SocialLinks"] = "http://tidak-aman.example",
            });
            var problems = Html.Parse(await bad.Content.ReadAsStringAsync()).QuerySelectorAll(".nr-problem li").Select(li => li.TextContent).ToList();
            Assert.Contains(problems, p => p.StartsWith("Warna utama harus", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.StartsWith("Alamat logo", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.StartsWith("Profil media sosial", StringComparison.Ordinal));
        }
        finally
        {
            await app.SetSiteAsync(s => { s.LogoUrl = null; s.FaviconUrl = null; s.AccentColor = "#b3261e"; s.SocialLinks = null; s.PublisherName = null; });
        }
    }

    [Fact]
    public async Task StaffInitials_AppearAtTheEndOfStories_WhenTheSiteWantsThem()
    {
        var writer = await An.Author().SaveAsync(app);
        var editor = await An.Author().SaveAsync(app);
        await app.WithDbAsync(db => db.Authors.Where(a => a.Id == writer.Id || a.Id == editor.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Initials, a => a.Id == writer.Id ? "rhd" : "ytg")));
        var article = await An.Article().By(writer).By(editor, Warta.Web.Articles.CreditRole.Editor).SaveAsync(app);

        var (_, without) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(article));
        Assert.Null(without.QuerySelector(".initials"));
        try
        {
            await app.SetSiteAsync(s => s.ShowStaffInitials = true);
            var (_, with) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(article));
            Assert.Equal("(rhd/ytg)", with.Text(".article-body .initials"));
        }
        finally
        {
            await app.SetSiteAsync(s => s.ShowStaffInitials = false);
        }
    }

    [Fact]
    public async Task Editor_AddsASection_ThatAppearsInTheNavigation_AndCannotDeleteOneInUse()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var name = $"Gaya Hidup {Guid.NewGuid().ToString("N")[..6]}";

        await editor.PostFormAsync("/newsroom/rubrik/", new() { ["name"] = name, ["description"] = "Kuliner dan wisata.", ["position"] = "9" }, "form.nr-narrow");
        var (_, home) = await app.CreateReader().GetPageAsync("/");
        Assert.Contains(home.QuerySelectorAll(".section-nav a"), a => a.TextContent == name);

        var used = await A.Section().SaveAsync(app);
        await An.Article().In(used).SaveAsync(app);
        var page = Html.Parse(await editor.GetStringAsync("/newsroom/rubrik/"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var refused = await editor.PostAsync("/newsroom/rubrik/?handler=Delete", new FormUrlEncodedContent([
            new("id", used.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("__RequestVerificationToken", token)]));
        Assert.Contains("tidak dapat dihapus", Html.Parse(await refused.Content.ReadAsStringAsync()).Text(".nr-problem"), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Sections.AnyAsync(s => s.Id == used.Id)));
    }

    [Fact]
    public async Task Editor_NestsASection_UnderAnother_ButNeverInALoop_AndDeletingTheParentKeepsTheChild()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var marker = Guid.NewGuid().ToString("N")[..6];
        await editor.PostFormAsync("/newsroom/rubrik/", new() { ["name"] = $"Daerah {marker}", ["position"] = "20" }, "form.nr-narrow");
        var parent = await app.WithDbAsync(db => db.Sections.SingleAsync(s => s.Name == $"Daerah {marker}"));
        await editor.PostFormAsync("/newsroom/rubrik/", new() { ["name"] = $"Jawa {marker}", ["position"] = "21", ["parentId"] = parent.Id.ToString(CultureInfo.InvariantCulture) }, "form.nr-narrow");
        var child = await app.WithDbAsync(db => db.Sections.SingleAsync(s => s.Name == $"Jawa {marker}"));
        Assert.Equal(parent.Id, child.ParentId);

        // The navigation nests the child under its parent.
        var (_, home) = await app.CreateReader().GetPageAsync("/");
        Assert.NotNull(home.QuerySelector($"#main-menu li.has-children a[href='/rubrik/{child.Slug}/']"));

        var loop = await editor.PostFormAsync("/newsroom/rubrik/?handler=Save", new()
        {
            ["id"] = parent.Id.ToString(CultureInfo.InvariantCulture), ["name"] = parent.Name, ["slug"] = parent.Slug, ["position"] = "20",
            ["parentId"] = child.Id.ToString(CultureInfo.InvariantCulture),
        }, "form.nr-narrow");
        Assert.Contains("induk bagi dirinya sendiri", Html.Parse(await loop.Content.ReadAsStringAsync()).Text(".nr-problem"), StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.Sections.Where(s => s.Id == parent.Id).Select(s => s.ParentId).SingleAsync()));

        await editor.PostFormAsync("/newsroom/rubrik/", new() { ["id"] = parent.Id.ToString(CultureInfo.InvariantCulture) }, "form[action*='handler=Delete']");
        Assert.False(await app.WithDbAsync(db => db.Sections.AnyAsync(s => s.Id == parent.Id)));
        Assert.Null(await app.WithDbAsync(db => db.Sections.Where(s => s.Id == child.Id).Select(s => s.ParentId).SingleAsync()));
    }

    [Fact]
    public async Task Editor_MergesTags()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var marker = Guid.NewGuid().ToString("N")[..6];
        var a = await An.Article().Tagged($"Jokowi {marker}").SaveAsync(app);
        var b = await An.Article().Tagged($"Joko Widodo {marker}").SaveAsync(app);
        var (fromId, intoId) = await app.WithDbAsync(async db => (
            await db.Tags.Where(t => t.Name == $"Jokowi {marker}").Select(t => t.Id).SingleAsync(),
            await db.Tags.Where(t => t.Name == $"Joko Widodo {marker}").Select(t => t.Id).SingleAsync()));
        var page = Html.Parse(await editor.GetStringAsync($"/newsroom/tag/?q={marker}"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await editor.PostAsync("/newsroom/tag/?handler=Merge", new FormUrlEncodedContent([
            new("id", fromId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("into", intoId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("__RequestVerificationToken", token)]));

        Assert.Contains($"digabungkan ke \"Joko Widodo {marker}\"", Html.Parse(await response.Content.ReadAsStringAsync()).Text(".nr-ok"), StringComparison.Ordinal);
        var tagged = await app.WithDbAsync(db => db.Articles.Where(x => x.Tags.Any(t => t.Id == intoId)).Select(x => x.Id).ToListAsync());
        Assert.Equal(new[] { a.Id, b.Id }.Order(), tagged.Order());
        Assert.False(await app.WithDbAsync(db => db.Tags.AnyAsync(t => t.Id == fromId)));
    }

    [Fact]
    public async Task Staff_EditTheirOwnProfile_ButNotSomeoneElses()
    {
        var (email, name) = await app.CreateStaffAsync(NewsroomRoles.Author);
        var client = app.CreateReader();
        await client.SignInAsync(email, StaffSignIn.Password);
        var own = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Author!).SingleAsync());
        var someoneElse = await An.Author().SaveAsync(app);

        await client.PostFormAsync("/newsroom/profil/", new() { ["Name"] = name, ["Bio"] = "Meliput pelabuhan dan laut.", ["PhotoUrl"] = "/media/foto.jpg" });
        await An.Article().By(own).SaveAsync(app); // an author's page exists once a story of theirs is out
        var (_, authorPage) = await app.CreateReader().GetPageAsync($"/penulis/{own.Slug}/");
        Assert.Equal("Meliput pelabuhan dan laut.", authorPage.Text(".intro"));
        Assert.Equal("/media/foto.jpg", authorPage.QuerySelector(".portrait")?.GetAttribute("src"));

        var refused = await client.GetAsync($"/newsroom/profil/?penulis={someoneElse.Id}");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("http://localhost/newsroom/ditolak/", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
