using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warta.Web.Navigation;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.StaticPages;

namespace Warta.IntegrationTests.Newsroom;

public class PagesAndMenusTests(WartaApp app) : IClassFixture<WartaApp>
{
    private static string Unique(string text) => $"{text}-{Guid.NewGuid().ToString("N")[..6]}";

    private async Task<StaticPage> PageAsync(string slug, string title, int? parentId = null, bool published = true) =>
        await app.WithDbAsync(async db =>
        {
            var page = new StaticPage { Slug = slug, Title = title, Body = $"Isi halaman {title}.", ParentId = parentId, IsPublished = published, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            db.Pages.Add(page);
            await db.SaveChangesAsync();
            return page;
        });

    [Fact]
    public async Task Pages_LiveAtTheirSlug_AndUnderTheirParent()
    {
        var parent = await PageAsync(Unique("tentang"), "Tentang Kami");
        var child = await PageAsync("sejarah", "Sejarah Kami", parent.Id);
        var draft = await PageAsync(Unique("rahasia"), "Belum Terbit", published: false);
        var client = app.CreateReader();

        var (top, topPage) = await client.GetPageAsync($"/{parent.Slug}/");
        Assert.Equal(HttpStatusCode.OK, top.StatusCode);
        Assert.Equal("Tentang Kami", topPage.Text("h1"));
        Assert.Contains(topPage.QuerySelectorAll(".section-links a"), a => a.GetAttribute("href") == $"/{parent.Slug}/sejarah/");

        var (nested, nestedPage) = await client.GetPageAsync($"/{parent.Slug}/sejarah/");
        Assert.Equal(HttpStatusCode.OK, nested.StatusCode);
        Assert.Equal("Isi halaman Sejarah Kami.", nestedPage.Text(".article-body"));
        Assert.EndsWith($"/{parent.Slug}/sejarah/", nestedPage.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sejarah/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/lain/sejarah/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{draft.Slug}/")).StatusCode);
        Assert.NotNull(child);
    }

    [Fact]
    public async Task PageEditor_RefusesSlugsTheSiteUses_AndKeepsRevisions()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);

        var reserved = await editor.PostFormAsync("/newsroom/halaman/tulis/", new() { ["PageTitle"] = "Rubrik", ["Slug"] = "rubrik", ["Body"] = "x", ["Published"] = "true" }, "#page-editor");
        Assert.Contains("tidak dapat dipakai halaman", Html.Parse(await reserved.Content.ReadAsStringAsync()).Text(".nr-problem"), StringComparison.Ordinal);

        var slug = Unique("kontak");
        var saved = await editor.PostFormAsync("/newsroom/halaman/tulis/", new() { ["PageTitle"] = "Kontak", ["Slug"] = slug, ["Body"] = "Hubungi **redaksi**.", ["Published"] = "true" }, "#page-editor");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, page) = await app.CreateReader().GetPageAsync($"/{slug}/");
        Assert.Equal("redaksi", page.Text(".article-body strong"));
        var id = await app.WithDbAsync(db => db.Pages.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.PageRevisions.CountAsync(r => r.PageId == id)));
    }

    [Fact]
    public async Task Menus_AreEditedInTheNewsroom_AndRenderedInOrder_WithTheCurrentSectionMarked()
    {
        var admin = await app.CreateClientAsAsync(NewsroomRoles.Administrator);
        var first = await A.Section().Named(Unique("Daerah")).SaveAsync(app);
        var second = await A.Section().Named(Unique("Hukum")).SaveAsync(app);
        var page = await PageAsync(Unique("redaksi"), "Redaksi");
        await app.WithDbAsync(db => db.MenuItems.ExecuteDeleteAsync());

        async Task Add(string label, string target, string menu = "Header", string? url = null) =>
            await admin.PostFormAsync("/newsroom/menu/", new() { ["menu"] = menu, ["label"] = label, ["target"] = target, ["url"] = url ?? "" }, "form[action*=Add]");
        await Add("Daerah", $"Section:{first.Id}");
        await Add("Hukum", $"Section:{second.Id}");
        await Add("Redaksi", $"Page:{page.Id}", "Footer");
        await Add("Arsip Lama", "url", "Footer", "https://arsip.example.id/");

        var items = await app.WithDbAsync(db => db.MenuItems.OrderBy(m => m.Id).ToListAsync());
        var hukum = items.Single(i => i.Label == "Hukum");
        var token = Html.Parse(await admin.GetStringAsync("/newsroom/menu/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await admin.PostAsync("/newsroom/menu/?handler=Move", new FormUrlEncodedContent([new("id", hukum.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("by", "-1"), new("__RequestVerificationToken", token)]));

        var article = await An.Article().In(first).SaveAsync(app);
        var (_, home) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(article));
        Assert.Equal(["Beranda", "Hukum", "Daerah"], home.QuerySelectorAll("#main-menu > li > a").Select(a => a.TextContent));
        Assert.Equal("true", home.QuerySelector($"#main-menu a[href='/rubrik/{first.Slug}/']")?.GetAttribute("aria-current"));
        Assert.Equal(["Redaksi", "Arsip Lama"], home.QuerySelectorAll(".site-footer nav a").Select(a => a.TextContent));

        // One level of sub-items: "Daerah" goes under "Hukum".
        var daerah = items.Single(i => i.Label == "Daerah");
        await admin.PostAsync("/newsroom/menu/?handler=Nest", new FormUrlEncodedContent([new("id", daerah.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("under", "true"), new("__RequestVerificationToken", token)]));
        var (_, after) = await app.CreateReader().GetPageAsync("/");
        Assert.Equal(["Daerah"], after.QuerySelectorAll("#main-menu .has-children .submenu a").Select(a => a.TextContent));

        var bad = await admin.PostFormAsync("/newsroom/menu/", new() { ["menu"] = "Header", ["label"] = "Jahat", ["target"] = "url", ["url"] = "javascript:alert(1)" }, "form[action*=Add]");
        Assert.Contains("Alamat lain: alamat harus dimulai", Html.Parse(await bad.Content.ReadAsStringAsync()).Text(".nr-problem"), StringComparison.Ordinal);
        await app.WithDbAsync(db => db.MenuItems.ExecuteDeleteAsync());
        app.Services.GetRequiredService<MenuDirectory>().Invalidate();
    }

    [Fact]
    public async Task PageEditor_DeletesADraftPage_NeverAPublishedOne()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var published = await PageAsync(Unique("karier"), "Karier");
        var (_, publishedEditor) = await editor.GetPageAsync($"/newsroom/halaman/tulis/{published.Id}/");
        Assert.Empty(publishedEditor.QuerySelectorAll("button[data-confirm]"));
        // No button for it; a hand-made request is refused all the same.
        var token = publishedEditor.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var refused = await editor.PostAsync($"/newsroom/halaman/tulis/{published.Id}/?handler=Delete",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("draf", Html.Parse(await refused.Content.ReadAsStringAsync()).Text(".nr-problem"), StringComparison.Ordinal);

        var draft = await PageAsync(Unique("lowongan"), "Lowongan", published: false);
        var (_, draftEditor) = await editor.GetPageAsync($"/newsroom/halaman/tulis/{draft.Id}/");
        var deleteForm = draftEditor.QuerySelector("form button[data-confirm]")?.Closest("form");
        Assert.NotNull(deleteForm);
        var deleted = await editor.PostFormAsync($"/newsroom/halaman/tulis/{draft.Id}/", [], "form[action*='handler=Delete']");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Pages.AnyAsync(p => p.Id == draft.Id)));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == Warta.Web.Newsroom.Audit.AuditActions.PageDeleted && e.Subject == "Lowongan")));
    }
}
