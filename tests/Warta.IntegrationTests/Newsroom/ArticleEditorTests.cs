using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warta.Web.Articles;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Articles;
using Warta.Web.Newsroom.Audit;

namespace Warta.IntegrationTests.Newsroom;

public class ArticleEditorTests(WartaApp app) : IClassFixture<WartaApp>
{
    private async Task<Dictionary<string, string>> FormAsync(string headline, string body = "Isi berita.", Dictionary<string, string>? extra = null)
    {
        var section = await A.Section().SaveAsync(app);
        var form = new Dictionary<string, string>
        {
            ["Form.Headline"] = headline, ["Form.Body"] = body, ["Form.SectionId"] = section.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Language"] = "id", ["Form.Tags"] = "Uji, Redaksi",
        };
        foreach (var (k, v) in extra ?? []) form[k] = v;
        return form;
    }

    private static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    private async Task<Article> StoredAsync(string headline) =>
        await app.WithDbAsync(db => db.Articles.Include(a => a.Tags).Include(a => a.Bylines).SingleAsync(a => a.Headline == headline));

    private static async Task<HttpResponseMessage> EditorPostAsync(HttpClient client, string url, Dictionary<string, string> form, string act)
    {
        form["act"] = act;
        return await client.PostFormAsync(url, form, "#editor");
    }

    [Fact]
    public async Task AnAuthor_CannotPinTheHomeHeadline_AnEditorCan()
    {
        var author = await app.CreateClientAsAsync(NewsroomRoles.Author);
        var headline = Unique("Klaim Headline Penulis");
        var (_, editorPage) = await author.GetPageAsync("/newsroom/artikel/tulis/");
        Assert.Null(editorPage.QuerySelector("input[name='Form.IsPinned']"));

        await EditorPostAsync(author, "/newsroom/artikel/tulis/", await FormAsync(headline, extra: new() { ["Form.IsPinned"] = "true" }), "Publish");

        Assert.False((await StoredAsync(headline)).IsPinned);
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var pinned = Unique("Headline Pilihan Redaktur");
        await EditorPostAsync(editor, "/newsroom/artikel/tulis/", await FormAsync(pinned, extra: new() { ["Form.IsPinned"] = "true" }), "Publish");
        Assert.True((await StoredAsync(pinned)).IsPinned);
    }

    [Fact]
    public async Task ATagWithASlugOfItsOwn_StaysTheSameTagThroughASave()
    {
        // As imported from WordPress, or renamed on the tags page: the name would make another slug.
        var tag = await app.WithDbAsync(async db =>
        {
            var t = new Warta.Web.Tags.Tag { Name = Unique("Joko Widodo"), Slug = $"jokowi-{Guid.NewGuid():N}"[..16] };
            db.Tags.Add(t);
            await db.SaveChangesAsync();
            return t;
        });
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var headline = Unique("Presiden meresmikan bendungan");
        await EditorPostAsync(editor, "/newsroom/artikel/tulis/", await FormAsync(headline, extra: new() { ["Form.Tags"] = $"{tag.Name}, Bendungan" }), "Save");
        var story = await StoredAsync(headline);
        Assert.Contains(story.Tags, t => t.Id == tag.Id);

        var form = await FormAsync(headline, extra: new() { ["Form.Tags"] = $"{tag.Name.ToUpperInvariant()}, Bendungan", ["Form.Version"] = story.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await EditorPostAsync(editor, $"/newsroom/artikel/tulis/{story.Id}/", form, "Save");
        Assert.Equal([tag.Id], (await StoredAsync(headline)).Tags.Where(t => t.Name != "Bendungan").Select(t => t.Id));
        var upper = tag.Name.ToUpperInvariant();
        Assert.False(await app.WithDbAsync(db => db.Tags.AnyAsync(t => t.Name == upper)));
    }

    [Fact]
    public async Task TheSchedulersStep_IsNoButton()
    {
        var author = await app.CreateClientAsAsync(NewsroomRoles.Contributor);

        var response = await EditorPostAsync(author, "/newsroom/artikel/tulis/", await FormAsync(Unique("Lewat Jalan Pintas")), "GoLive");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Editor_SetsAStorysPassword_ItLeavesTheLists_AndClearingItBringsItBack()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var headline = Unique("Dokumen Rahasia Anggaran");
        var form = await FormAsync(headline, "Isi yang hanya untuk pemegang sandi.", new() { ["Form.Password"] = "kunci-redaksi" });
        Assert.Equal(HttpStatusCode.Redirect, (await EditorPostAsync(editor, "/newsroom/artikel/tulis/", form, "Publish")).StatusCode);
        var story = await StoredAsync(headline);
        Assert.Equal(("kunci-redaksi", ArticleStatus.Published), (story.Password, story.Status));

        var (_, locked) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(story));
        Assert.NotNull(locked.QuerySelector("form.story-password"));
        Assert.DoesNotContain("pemegang sandi", locked.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(headline, await app.CreateReader().GetStringAsync("/"), StringComparison.Ordinal);

        form = await FormAsync(headline, "Isi yang hanya untuk pemegang sandi.", new() { ["Form.Password"] = "" });
        form["Form.SectionId"] = story.SectionId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        form["Form.Version"] = story.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await EditorPostAsync(editor, $"/newsroom/artikel/tulis/{story.Id}/", form, "Save")).StatusCode);

        Assert.Null((await StoredAsync(headline)).Password);
        var (_, open) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(story));
        Assert.Contains("pemegang sandi", open.Text(".article-body"), StringComparison.Ordinal);
        Assert.Contains(headline, await app.CreateReader().GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Author_WritesADraft_ThenPublishesIt_AndReadersSeeIt()
    {
        var author = await app.CreateClientAsAsync(NewsroomRoles.Author);
        var headline = Unique("Pasar Ikan Baru Dibuka");

        var saved = await EditorPostAsync(author, "/newsroom/artikel/tulis/", await FormAsync(headline, "Pedagang menyambut **gembira**."), "Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var draft = await StoredAsync(headline);
        Assert.Equal(ArticleStatus.Draft, draft.Status);
        Assert.Equal(["Redaksi", "Uji"], draft.Tags.Select(t => t.Name).Order());
        Assert.Single(draft.Bylines); // credited to the writer when no credits were chosen
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateReader().GetAsync(WartaApp.UrlOf(draft))).StatusCode);

        var editUrl = $"/newsroom/artikel/tulis/{draft.Id}/";
        var form = await FormAsync(headline, "Pedagang menyambut **gembira**.");
        form["Form.Version"] = draft.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var published = await EditorPostAsync(author, editUrl, form, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var live = await StoredAsync(headline);
        Assert.Equal(ArticleStatus.Published, live.Status);
        var (page, html) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(live));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("gembira", html.QuerySelector(".article-body strong")?.TextContent);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.Published && e.Subject.Contains(headline))));
        Assert.Equal(2, await app.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == live.Id)));
    }

    [Fact]
    public async Task PinningTheHomeHeadline_IsAnEditorsCall()
    {
        var contributor = await app.CreateClientAsAsync(NewsroomRoles.Contributor);
        var headline = Unique("Kontributor Ingin Disematkan");
        await EditorPostAsync(contributor, "/newsroom/artikel/tulis/", await FormAsync(headline, extra: new() { ["Form.IsPinned"] = "true" }), "Save");
        var draft = await StoredAsync(headline);
        Assert.False(draft.IsPinned);
        var (_, contributorsEditor) = await contributor.GetPageAsync($"/newsroom/artikel/tulis/{draft.Id}/");
        Assert.Null(contributorsEditor.QuerySelector("input[type=checkbox][name='Form.IsPinned']"));

        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var (_, editorsEditor) = await editor.GetPageAsync($"/newsroom/artikel/tulis/{draft.Id}/");
        Assert.NotNull(editorsEditor.QuerySelector("input[type=checkbox][name='Form.IsPinned']"));
        var form = await FormAsync(headline, extra: new() { ["Form.IsPinned"] = "true" });
        form["Form.Version"] = draft.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await EditorPostAsync(editor, $"/newsroom/artikel/tulis/{draft.Id}/", form, "Publish");

        var live = await StoredAsync(headline);
        Assert.Equal((ArticleStatus.Published, true), (live.Status, live.IsPinned));
    }

    [Fact]
    public async Task Contributor_CannotPublish_ButSubmitsForReview_AndAnEditorPublishes()
    {
        var contributor = await app.CreateClientAsAsync(NewsroomRoles.Contributor);
        var headline = Unique("Laporan Kontributor Daerah");

        var refused = await EditorPostAsync(contributor, "/newsroom/artikel/tulis/", await FormAsync(headline), "Publish");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("http://localhost/newsroom/ditolak/", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.Headline == headline)));

        await EditorPostAsync(contributor, "/newsroom/artikel/tulis/", await FormAsync(headline), "Save");
        var draft = await StoredAsync(headline);
        var (_, editor) = await contributor.GetPageAsync($"/newsroom/artikel/tulis/{draft.Id}/");
        Assert.Null(editor.QuerySelector("button[value=Publish]"));
        var form = await FormAsync(headline);
        form["Form.Version"] = draft.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await EditorPostAsync(contributor, $"/newsroom/artikel/tulis/{draft.Id}/", form, "Submit");
        Assert.Equal(ArticleStatus.PendingReview, (await StoredAsync(headline)).Status);

        var editorClient = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var pending = await StoredAsync(headline);
        form["Form.Version"] = pending.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var published = await EditorPostAsync(editorClient, $"/newsroom/artikel/tulis/{draft.Id}/", form, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(ArticleStatus.Published, (await StoredAsync(headline)).Status);

        // Once published, the contributor can no longer edit it.
        Assert.Equal(HttpStatusCode.Redirect, (await contributor.GetAsync($"/newsroom/artikel/tulis/{draft.Id}/")).StatusCode);
    }

    [Fact]
    public async Task Authors_CannotTouchOtherPeoplesArticles()
    {
        var owner = await app.CreateClientAsAsync(NewsroomRoles.Author);
        var other = await app.CreateClientAsAsync(NewsroomRoles.Author);
        var headline = Unique("Milik Penulis Lain");
        await EditorPostAsync(owner, "/newsroom/artikel/tulis/", await FormAsync(headline), "Save");
        var article = await StoredAsync(headline);

        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync($"/newsroom/artikel/tulis/{article.Id}/")).StatusCode);
        var form = await FormAsync("Judul Dibajak");
        form["Form.Version"] = article.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var token = Html.Parse(await other.GetStringAsync("/newsroom/artikel/tulis/")).QuerySelector("#editor input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        form["act"] = "Save";
        form["__RequestVerificationToken"] = token;
        var attempt = await other.PostAsync($"/newsroom/artikel/tulis/{article.Id}/", new FormUrlEncodedContent(form));

        Assert.NotEqual(HttpStatusCode.OK, attempt.StatusCode);
        Assert.Equal(headline, (await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.Id == article.Id))).Headline);
    }

    [Fact]
    public async Task BeingCreditedOnSomeoneElsesStory_LetsAnAuthorWorkOnTheDraft_NeverPublishIt()
    {
        var (email, _) = await app.CreateStaffAsync(NewsroomRoles.Author);
        var credited = app.CreateReader();
        await credited.SignInAsync(email, StaffSignIn.Password);
        var authorId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.AuthorId!.Value).SingleAsync());
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var headline = Unique("Liputan Bersama Redaktur");
        var form = await FormAsync(headline, extra: new() { ["Form.CreditAuthor[0]"] = authorId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Form.CreditRole[0]"] = "Penulis" });
        await EditorPostAsync(editor, "/newsroom/artikel/tulis/", form, "Save");
        var draft = await StoredAsync(headline);
        Assert.Equal([authorId], draft.Bylines.Select(b => b.AuthorId));

        var (_, page) = await credited.GetPageAsync($"/newsroom/artikel/tulis/{draft.Id}/");
        Assert.Null(page.QuerySelector("#editor button[value=Publish]"));
        form["Form.SectionId"] = draft.SectionId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        form["Form.Version"] = draft.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        form["Form.Body"] = "Isi yang ditambah penulis.";
        Assert.Equal(HttpStatusCode.Redirect, (await EditorPostAsync(credited, $"/newsroom/artikel/tulis/{draft.Id}/", form, "Save")).StatusCode);
        var edited = await StoredAsync(headline);
        Assert.Equal("Isi yang ditambah penulis.", edited.Body);

        form["Form.Version"] = edited.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var publish = await EditorPostAsync(credited, $"/newsroom/artikel/tulis/{draft.Id}/", form, "Publish");
        Assert.Contains("/newsroom/ditolak/", publish.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Equal(ArticleStatus.Draft, (await StoredAsync(headline)).Status);

        await EditorPostAsync(editor, $"/newsroom/artikel/tulis/{draft.Id}/", form, "Publish");
        Assert.Equal(ArticleStatus.Published, (await StoredAsync(headline)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await credited.GetAsync($"/newsroom/artikel/tulis/{draft.Id}/")).StatusCode);
    }

    [Fact]
    public async Task BadInput_ReShowsWhatWasTyped_WithLocalizedMessages()
    {
        var author = await app.CreateClientAsAsync(NewsroomRoles.Author);
        var taken = await An.Article().SaveAsync(app);
        var body = "Teks panjang yang tidak boleh hilang.\n\nParagraf kedua.";

        var empty = await EditorPostAsync(author, "/newsroom/artikel/tulis/", await FormAsync("", body), "Save");
        var page = Html.Parse(await empty.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode)422, empty.StatusCode);
        Assert.Contains("Judul wajib diisi.", page.Text(".nr-problem"), StringComparison.Ordinal);
        Assert.Equal(body, page.QuerySelector("#body")?.TextContent.Replace("\r", "", StringComparison.Ordinal));

        var tooLong = await EditorPostAsync(author, "/newsroom/artikel/tulis/", await FormAsync(new string('x', 301), body), "Save");
        Assert.Contains("Judul terlalu panjang (paling banyak 300 karakter).", Html.Parse(await tooLong.Content.ReadAsStringAsync()).Text(".nr-problem"), StringComparison.Ordinal);

        var clash = await EditorPostAsync(author, "/newsroom/artikel/tulis/", await FormAsync(Unique("Judul Lain"), body, new() { ["Form.Slug"] = taken.Slug }), "Save");
        Assert.Contains($"Slug \"{taken.Slug}\" sudah dipakai artikel lain.", Html.Parse(await clash.Content.ReadAsStringAsync()).Text(".nr-problem"), StringComparison.Ordinal);

        var badSchedule = await EditorPostAsync(author, "/newsroom/artikel/tulis/", await FormAsync(Unique("Jadwal Rusak"), body, new() { ["Form.ScheduleAt"] = "besok pagi" }), "Schedule");
        Assert.Contains("Isi tanggal dan jam terbit untuk menjadwalkan.", Html.Parse(await badSchedule.Content.ReadAsStringAsync()).Text(".nr-problem"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_IsWarned_OfBacaJugaThatReadersWillNotSee()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var draftTarget = await An.Article().WithStatus(ArticleStatus.Draft).SaveAsync(app);
        var trashedTarget = await An.Article().WithStatus(ArticleStatus.Trashed).SaveAsync(app);
        var liveTarget = await An.Article().SaveAsync(app);
        var article = await An.Article().WithBody($"Isi.\n\n[baca-juga id={draftTarget.Id}]\n\nLagi.\n\n[baca-juga id={liveTarget.Id}]\n\nLagi.\n\n[baca-juga id=99999999]\n\nLagi.\n\n[baca-juga id={trashedTarget.Id}]").SaveAsync(app);

        var (_, page) = await editor.GetPageAsync($"/newsroom/artikel/tulis/{article.Id}/");

        var related = page.QuerySelectorAll("[data-testid=checks] li[data-check=related]").Select(li => li.TextContent).ToList();
        Assert.Contains(related, r => r.Contains($"#{draftTarget.Id}", StringComparison.Ordinal) && r.Contains("belum terbit", StringComparison.Ordinal));
        Assert.Contains(related, r => r.Contains("#99999999", StringComparison.Ordinal) && r.Contains("tidak ada", StringComparison.Ordinal));
        Assert.Contains(related, r => r.Contains($"#{trashedTarget.Id}", StringComparison.Ordinal) && r.Contains("tempat sampah", StringComparison.Ordinal));
        Assert.Contains(related, r => r.Contains("paling banyak 3", StringComparison.Ordinal));
        Assert.DoesNotContain(related, r => r.Contains($"#{liveTarget.Id}:", StringComparison.Ordinal) || r.EndsWith($"#{liveTarget.Id}.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnknownButton_IsRefused_NeverTakenForSave()
    {
        var author = await app.CreateClientAsAsync(NewsroomRoles.Author);
        var headline = Unique("Tombol Aneh");

        var response = await EditorPostAsync(author, "/newsroom/artikel/tulis/", await FormAsync(headline), "Hapus");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.Headline == headline)));
    }

    [Fact]
    public async Task ForgedAntiforgeryToken_IsRefused_WithoutSideEffects()
    {
        var author = await app.CreateClientAsAsync(NewsroomRoles.Author);
        var headline = Unique("Tanpa Token");
        var form = await FormAsync(headline);
        form["act"] = "Save";
        form["__RequestVerificationToken"] = "token-palsu";

        var response = await author.PostAsync("/newsroom/artikel/tulis/", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.Headline == headline)));
    }

    [Fact]
    public async Task TwoPeopleEditingAtOnce_GetAConflict_NeverASilentOverwrite()
    {
        var first = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var second = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var headline = Unique("Berita Rebutan");
        await EditorPostAsync(first, "/newsroom/artikel/tulis/", await FormAsync(headline, "Versi awal."), "Save");
        var article = await StoredAsync(headline);
        var url = $"/newsroom/artikel/tulis/{article.Id}/";
        var version = article.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var firstForm = await FormAsync(headline, "Versi pertama yang disimpan.");
        firstForm["Form.Version"] = version;
        Assert.Equal(HttpStatusCode.Redirect, (await EditorPostAsync(first, url, firstForm, "Save")).StatusCode);
        var secondForm = await FormAsync(headline, "Versi kedua yang datang terlambat.");
        secondForm["Form.Version"] = version;
        var conflict = await EditorPostAsync(second, url, secondForm, "Save");

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = Html.Parse(await conflict.Content.ReadAsStringAsync());
        Assert.Equal("Versi pertama yang disimpan.", page.Text("[data-testid=their-body]"));
        Assert.Equal("Versi kedua yang datang terlambat.", page.Text("[data-testid=your-body]"));
        Assert.Equal("Versi pertama yang disimpan.", (await StoredAsync(headline)).Body);
    }

    [Fact]
    public async Task ChangingAPublishedSlug_KeepsTheOldUrlWorking()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var headline = Unique("Slug Akan Berubah");
        await EditorPostAsync(editor, "/newsroom/artikel/tulis/", await FormAsync(headline), "Publish");
        var article = await StoredAsync(headline);
        var oldUrl = WartaApp.UrlOf(article);
        var form = await FormAsync(headline, extra: new() { ["Form.Slug"] = article.Slug + "-baru", ["Form.Version"] = article.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        await EditorPostAsync(editor, $"/newsroom/artikel/tulis/{article.Id}/", form, "Save");

        var response = await app.CreateReader().GetAsync(oldUrl);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.EndsWith(article.Slug + "-baru/", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduledArticle_GoesLiveOnTime_Once()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var headline = Unique("Terbit Nanti");
        var at = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddHours(1), WartaApp.Wib).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        await EditorPostAsync(editor, "/newsroom/artikel/tulis/", await FormAsync(headline, extra: new() { ["Form.ScheduleAt"] = at }), "Schedule");
        var scheduled = await StoredAsync(headline);
        Assert.Equal(ArticleStatus.Scheduled, scheduled.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateReader().GetAsync(WartaApp.UrlOf(scheduled))).StatusCode);

        // Time passes: the publication time is now behind us.
        await app.WithDbAsync(db => db.Articles.Where(a => a.Id == scheduled.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.PublishedAt, DateTime.UtcNow.AddSeconds(-1))));
        var publisher = app.Services.GetRequiredService<ScheduledPublisher>();
        await publisher.PublishDueAsync(CancellationToken.None);
        await publisher.PublishDueAsync(CancellationToken.None);

        var live = await StoredAsync(headline);
        Assert.Equal(ArticleStatus.Published, live.Status);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateReader().GetAsync(WartaApp.UrlOf(live))).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.Published && e.Detail == "scheduled" && e.Subject.Contains(headline))));
    }

    [Fact]
    public async Task Revisions_AreKept_Compared_AndRestored()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var headline = Unique("Berita Berevisi");
        await EditorPostAsync(editor, "/newsroom/artikel/tulis/", await FormAsync(headline, "Kalimat asli.\nBaris tetap."), "Save");
        var article = await StoredAsync(headline);
        var form = await FormAsync(headline, "Kalimat baru.\nBaris tetap.", new() { ["Form.Version"] = article.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await EditorPostAsync(editor, $"/newsroom/artikel/tulis/{article.Id}/", form, "Save");

        var (_, page) = await editor.GetPageAsync($"/newsroom/artikel/tulis/{article.Id}/revisi/");
        Assert.Equal(2, page.QuerySelectorAll(".nr-table tbody tr").Length);
        Assert.Equal("- Kalimat asli.", page.Text(".rev-diff del"));
        Assert.Equal("+ Kalimat baru.", page.Text(".rev-diff ins"));

        var oldest = await app.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == article.Id).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());
        var restored = await editor.PostFormAsync($"/newsroom/artikel/tulis/{article.Id}/revisi/", new() { ["revision"] = oldest.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"#restore-{oldest}");
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal("Kalimat asli.\nBaris tetap.", (await StoredAsync(headline)).Body);
        Assert.Equal(3, await app.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == article.Id)));
    }

    [Fact]
    public async Task Preview_RendersWithThePublicTemplate_AndSavesNothing()
    {
        var author = await app.CreateClientAsAsync(NewsroomRoles.Author);
        var headline = Unique("Hanya Pratinjau");
        var form = await FormAsync(headline, "## Subjudul\n\nIsi *pratinjau*.", new() { ["Form.Dek"] = "Dek pratinjau", ["act"] = "Preview" });

        var response = await author.PostAsync("/newsroom/artikel/pratinjau/", new FormUrlEncodedContent(form.Append(new("__RequestVerificationToken", "palsu"))));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode); // a preview needs a real token too

        var page = Html.Parse(await author.GetStringAsync("/newsroom/artikel/tulis/"));
        var token = page.QuerySelector("#editor input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        form["__RequestVerificationToken"] = token;
        var preview = await author.PostAsync("/newsroom/artikel/pratinjau/", new FormUrlEncodedContent(form));
        var shown = Html.Parse(await preview.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(headline, shown.Text("article.article h1"));
        Assert.Equal("Subjudul", shown.Text(".article-body h2"));
        Assert.Equal("pratinjau", shown.Text(".article-body em"));
        Assert.False(await app.WithDbAsync(db => db.Articles.AnyAsync(a => a.Headline == headline)));
    }

    [Fact]
    public async Task BacaJugaPicker_FindsPublishedArticlesByHeadline()
    {
        var author = await app.CreateClientAsAsync(NewsroomRoles.Author);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var target = await An.Article().Titled($"Harga Beras {marker}").SaveAsync(app);
        await An.Article().Titled($"Harga Beras Draf {marker}").WithStatus(ArticleStatus.Draft).SaveAsync(app);

        var json = await author.GetStringAsync($"/newsroom/artikel/tulis/?handler=Find&q={marker}");
        var found = System.Text.Json.JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();

        Assert.Single(found);
        Assert.Equal(target.Id, found[0].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Editor_BulkPublishesDrafts_AndTheListFiltersByStatus()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var a = await An.Article().Titled($"Draf Satu {marker}").WithStatus(ArticleStatus.Draft).SaveAsync(app);
        var b = await An.Article().Titled($"Draf Dua {marker}").WithStatus(ArticleStatus.Draft).SaveAsync(app);

        var (_, drafts) = await editor.GetPageAsync($"/newsroom/artikel/?status=Draft&q={marker}");
        Assert.Equal(2, drafts.QuerySelectorAll(".nr-table tbody tr").Length);

        var page = Html.Parse(await editor.GetStringAsync($"/newsroom/artikel/?q={marker}"));
        var token = page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await editor.PostAsync($"/newsroom/artikel/?handler=Bulk&q={marker}", new FormUrlEncodedContent([
            new("ids", a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("ids", b.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("bulk", "Publish"), new("__RequestVerificationToken", token)]));

        Assert.Contains("2 artikel diperbarui, 0 dilewati.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.Articles.CountAsync(x => (x.Id == a.Id || x.Id == b.Id) && x.Status == ArticleStatus.Published)));
    }
}
