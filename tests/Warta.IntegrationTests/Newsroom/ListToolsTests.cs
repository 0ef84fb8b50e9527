using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Newsroom.Accounts;

namespace Warta.IntegrationTests.Newsroom;

/// <summary>The article list's quick edit and row actions, and the tag page's merge into any tag and delete.</summary>
public class ListToolsTests(WartaApp app) : IClassFixture<WartaApp>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<HttpResponseMessage> QuickAsync(HttpClient client, Article article, string headline, string slug, int sectionId, string tags,
        bool comments, int? version = null, string action = "Save", bool pinned = false)
    {
        var list = Html.Parse(await client.GetStringAsync($"/newsroom/artikel/?q={Uri.EscapeDataString(article.Headline)}"));
        var form = list.QuerySelector($"form#qe-{article.Id}") ?? throw new InvalidOperationException("No quick edit for the story.");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var shownVersion = list.QuerySelector($"input[form=qe-{article.Id}][name=Version]")!.GetAttribute("value")!;
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent([
            new("Id", Id(article.Id)), new("Version", version is { } v ? Id(v) : shownVersion), new("Headline", headline), new("Slug", slug),
            new("SectionId", Id(sectionId)), new("Tags", tags), new("CommentsOpen", comments ? "true" : "false"), new("CommentsOpen", "false"),
            new("Action", action), new("IsPinned", pinned ? "true" : "false"), new("IsPinned", "false"), new("__RequestVerificationToken", token)]));
    }

    [Fact]
    public async Task QuickEdit_ChangesTheListFields_ThroughTheEditorsPath_AndLeavesTheRestAsItWas()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var from = await A.Section().SaveAsync(app);
        var to = await A.Section().SaveAsync(app);
        var mark = Unique.Next();
        var article = await An.Article().Titled($"Harga Cabai Naik {mark}").In(from).Tagged("pasar").WithBody("Isi yang **tidak** disentuh.").SaveAsync(app);
        var oldUrl = WartaApp.UrlOf(article);

        var response = await QuickAsync(editor, article, $"Harga Cabai Rawit Naik Lagi {mark}", $"harga-cabai-rawit-{mark}", to.Id, "pasar, inflasi", comments: false);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("disunting=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var saved = await app.WithDbAsync(db => db.Articles.Include(a => a.Tags).SingleAsync(a => a.Id == article.Id));
        Assert.Equal(($"Harga Cabai Rawit Naik Lagi {mark}", $"harga-cabai-rawit-{mark}", to.Id, false),
            (saved.Headline, saved.Slug, saved.SectionId, saved.CommentsOpen));
        Assert.Equal(["inflasi", "pasar"], saved.Tags.Select(t => t.Name).Order());
        Assert.Equal("Isi yang **tidak** disentuh.", saved.Body);
        Assert.Equal(ArticleStatus.Published, saved.Status);
        Assert.True(await app.WithDbAsync(db => db.ArticleRevisions.AnyAsync(r => r.ArticleId == article.Id)));
        // The old address leads to the new one; readers see the new headline at once.
        var reader = app.CreateReader();
        Assert.Equal(HttpStatusCode.MovedPermanently, (await reader.GetAsync(oldUrl)).StatusCode);
        var (_, page) = await reader.GetPageAsync(WartaApp.UrlOf(saved));
        Assert.Equal($"Harga Cabai Rawit Naik Lagi {mark}", page.Text("h1"));
        var (_, list) = await editor.GetPageAsync(response.Headers.Location!.ToString());
        Assert.Equal("Perubahan tersimpan.", list.Text(".nr-ok"));
    }

    [Fact]
    public async Task QuickEdit_ChangesStatusAndPin_AsTheEditorsButtonsWould_ForThoseAllowed()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var section = await A.Section().SaveAsync(app);
        var mark = Unique.Next();
        var draft = await An.Article().Titled($"Draf Siap Terbit {mark}").In(section).WithStatus(ArticleStatus.Draft).SaveAsync(app);

        var published = await QuickAsync(editor, draft, draft.Headline, "", section.Id, "", comments: true, action: "Publish", pinned: true);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var saved = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.Id == draft.Id));
        Assert.Equal((ArticleStatus.Published, true), (saved.Status, saved.IsPinned));
        Assert.NotNull(saved.PublishedAt);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateReader().GetAsync(WartaApp.UrlOf(saved))).StatusCode);
        var (_, list) = await editor.GetPageAsync(published.Headers.Location!.ToString());
        Assert.Equal("Terbit.", list.Text(".nr-ok"));

        // A contributor's own draft: only "submit" is offered, and a forged "publish" is refused.
        var (email, _) = await app.CreateStaffAsync(NewsroomRoles.Contributor);
        var contributor = app.CreateReader();
        await contributor.SignInAsync(email, StaffSignIn.Password);
        var token = Html.Parse(await contributor.GetStringAsync("/newsroom/artikel/tulis/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await contributor.PostAsync("/newsroom/artikel/tulis/", new FormUrlEncodedContent([
            new("Form.Headline", $"Tulisan Kontributor {mark}"), new("Form.SectionId", Id(section.Id)), new("Form.Body", "Isi."), new("act", "Save"),
            new("__RequestVerificationToken", token)]));
        var own = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.Headline == $"Tulisan Kontributor {mark}"));
        var page = Html.Parse(await contributor.GetStringAsync($"/newsroom/artikel/?q={Uri.EscapeDataString(own.Headline)}"));
        Assert.Equal(["Save", "Submit"], page.QuerySelectorAll($"select[form=qe-{own.Id}][name=Action] option").Select(o => o.GetAttribute("value")!).ToList());
        Assert.Null(page.QuerySelector($"input[form=qe-{own.Id}][name=IsPinned]"));
        var forged = await QuickAsync(contributor, own, own.Headline, "", section.Id, "", comments: true, action: "Publish");
        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.Contains("/newsroom/ditolak/", forged.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await QuickAsync(contributor, own, own.Headline, "", section.Id, "", comments: true, action: "Submit")).StatusCode);
        Assert.Equal(ArticleStatus.PendingReview, await app.WithDbAsync(db => db.Articles.Where(a => a.Id == own.Id).Select(a => a.Status).SingleAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, (await QuickAsync(contributor, own, own.Headline, "", section.Id, "", comments: true, action: "GoLive")).StatusCode);
    }

    [Fact]
    public async Task QuickEdit_Refused_KeepsWhatWasTyped_AndSaysWhy()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var section = await A.Section().SaveAsync(app);
        var mark = Unique.Next();
        var article = await An.Article().Titled($"Banjir Kanal Timur {mark}").In(section).SaveAsync(app);

        var empty = await QuickAsync(editor, article, "", "", section.Id, "banjir, jakarta", comments: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        var page = Html.Parse(await empty.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector($"[data-testid=quick-edit-{article.Id}][open]"));
        Assert.Contains("Judul", page.QuerySelector($"[data-testid=quick-edit-{article.Id}] .nr-problem")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("banjir, jakarta", page.QuerySelector($"input[form=qe-{article.Id}][name=Tags]")!.GetAttribute("value"));

        // Someone saved it after the list was opened: a conflict, not an overwrite.
        var stale = await QuickAsync(editor, article, $"Judul Lama {mark}", "", section.Id, "", comments: true, version: article.Version - 1);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var conflict = Html.Parse(await stale.Content.ReadAsStringAsync());
        Assert.Contains("Seseorang menyimpan berita ini", conflict.QuerySelector($"[data-testid=quick-edit-{article.Id}] .nr-problem")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"Judul Lama {mark}", conflict.QuerySelector($"input[form=qe-{article.Id}][name=Headline]")!.GetAttribute("value"));
        Assert.Equal($"Banjir Kanal Timur {mark}", await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.Headline).SingleAsync()));
    }

    [Fact]
    public async Task AContributor_GetsNoQuickEditForSomeoneElsesStory_AndAForgedOneIsRefused()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var contributor = await app.CreateClientAsAsync(NewsroomRoles.Contributor);
        var article = await An.Article().Titled($"Sidang Praperadilan {Unique.Next()}").SaveAsync(app);

        var list = Html.Parse(await contributor.GetStringAsync($"/newsroom/artikel/?q={Uri.EscapeDataString(article.Headline)}"));
        Assert.Null(list.QuerySelector($"form#qe-{article.Id}"));
        // The editor's form, posted with the contributor's session and token.
        var token = list.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forged = await contributor.PostAsync("/newsroom/artikel/?handler=Quick", new FormUrlEncodedContent([
            new("Id", Id(article.Id)), new("Version", Id(article.Version)), new("Headline", "Diubah kontributor"), new("SectionId", Id(article.SectionId)),
            new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.Contains("/newsroom/ditolak/", forged.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(article.Headline, await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.Headline).SingleAsync()));
        Assert.NotNull(Html.Parse(await editor.GetStringAsync($"/newsroom/artikel/?q={Uri.EscapeDataString(article.Headline)}")).QuerySelector($"form#qe-{article.Id}"));
    }

    [Fact]
    public async Task ARowAction_TrashesAndRestoresOneStory()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var article = await An.Article().Titled($"Gempa Cianjur {Unique.Next()}").SaveAsync(app);
        var url = $"/newsroom/artikel/?q={Uri.EscapeDataString(article.Headline)}";
        var list = Html.Parse(await editor.GetStringAsync(url));
        var row = list.QuerySelector($"form#row-{article.Id}")!;
        Assert.NotNull(list.QuerySelector($"button[form=row-{article.Id}][value=Trash]"));

        var trashed = await editor.PostAsync(row.GetAttribute("action"), new FormUrlEncodedContent([
            new("id", Id(article.Id)), new("act", "Trash"), new("__RequestVerificationToken", row.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]));
        Assert.Equal("Dibuang ke tempat sampah.", Html.Parse(await trashed.Content.ReadAsStringAsync()).Text(".nr-ok"));
        Assert.Equal(ArticleStatus.Trashed, await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.Status).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateReader().GetAsync(WartaApp.UrlOf(article))).StatusCode);

        var trashList = Html.Parse(await editor.GetStringAsync(url + "&status=Trashed"));
        var restore = trashList.QuerySelector($"form#row-{article.Id}")!;
        Assert.NotNull(trashList.QuerySelector($"button[form=row-{article.Id}][value=Restore]"));
        await editor.PostAsync(restore.GetAttribute("action"), new FormUrlEncodedContent([
            new("id", Id(article.Id)), new("act", "Restore"), new("__RequestVerificationToken", restore.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]));
        Assert.Equal(ArticleStatus.Draft, await app.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task Tags_MergeIntoATagNotOnThePage_ByItsName_AndDelete_KeepingTheStories()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var mark = Unique.Next();
        var a = await An.Article().Tagged($"Jokowi {mark}").SaveAsync(app);
        var b = await An.Article().Tagged($"Presiden Joko Widodo {mark}").SaveAsync(app);
        var fromId = await app.WithDbAsync(db => db.Tags.Where(t => t.Name == $"Jokowi {mark}").Select(t => t.Id).SingleAsync());

        // The list is searched for the source only: the target is not among its rows, and is typed.
        var page = Html.Parse(await editor.GetStringAsync($"/newsroom/tag/?q={Uri.EscapeDataString($"Jokowi {mark}")}"));
        Assert.DoesNotContain(page.QuerySelectorAll("tbody input[name=name]"), i => i.GetAttribute("value")!.StartsWith("Presiden", StringComparison.Ordinal));
        var merge = page.QuerySelector("form[action*='handler=Merge']")!;
        var token = merge.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var unknown = await editor.PostAsync(merge.GetAttribute("action"), new FormUrlEncodedContent([new("id", Id(fromId)), new("into", "Tidak Ada"), new("__RequestVerificationToken", token)]));
        Assert.Contains("Tidak ada tag bernama atau ber-slug “Tidak Ada”.", Html.Parse(await unknown.Content.ReadAsStringAsync()).Text(".nr-problem"), StringComparison.Ordinal);

        var merged = await editor.PostAsync(merge.GetAttribute("action"), new FormUrlEncodedContent([
            new("id", Id(fromId)), new("into", $"presiden-joko-widodo-{mark}"), new("__RequestVerificationToken", token)]));
        Assert.Contains($"digabungkan ke \"Presiden Joko Widodo {mark}\"", Html.Parse(await merged.Content.ReadAsStringAsync()).Text(".nr-ok"), StringComparison.Ordinal);
        var intoId = await app.WithDbAsync(db => db.Tags.Where(t => t.Name == $"Presiden Joko Widodo {mark}").Select(t => t.Id).SingleAsync());
        Assert.Equal(new[] { a.Id, b.Id }.Order(), (await app.WithDbAsync(db => db.Articles.Where(x => x.Tags.Any(t => t.Id == intoId)).Select(x => x.Id).ToListAsync())).Order());

        var slug = await app.WithDbAsync(db => db.Tags.Where(t => t.Id == intoId).Select(t => t.Slug).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await app.CreateReader().GetAsync($"/tag/{slug}/")).StatusCode);
        var deleted = await editor.PostAsync("/newsroom/tag/?handler=Delete", new FormUrlEncodedContent([new("id", Id(intoId)), new("__RequestVerificationToken", token)]));
        Assert.Contains("dihapus dari 2 berita", Html.Parse(await deleted.Content.ReadAsStringAsync()).Text(".nr-ok"), StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.Articles.CountAsync(x => x.Id == a.Id || x.Id == b.Id)));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateReader().GetAsync($"/tag/{slug}/")).StatusCode);
    }
}
