using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Live;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Audit;

namespace Warta.IntegrationTests.Live;

/// <summary>Live coverage ("Liputan langsung"): the desk, what readers' pages show and poll, its feed and structured data.</summary>
public class LiveCoverageTests(WartaApp app) : IClassFixture<WartaApp>
{
    private static string Desk(int id) => $"/newsroom/artikel/tulis/{id}/langsung/";

    private static Task<HttpResponseMessage> StartAsync(HttpClient staff, int id) => staff.PostFormAsync(Desk(id), [], "#live-start");

    private static Task<HttpResponseMessage> PostAsync(HttpClient staff, int id, string body, string? headline = null, int? editing = null)
    {
        var fields = new Dictionary<string, string> { ["EntryBody"] = body, ["EntryHeadline"] = headline ?? "" };
        if (editing is { } entry) fields["EntryId"] = entry.ToString(CultureInfo.InvariantCulture);
        return staff.PostFormAsync(Desk(id), fields, "#live-composer");
    }

    private Task<List<LiveEntry>> EntriesAsync(int id) =>
        app.WithDbAsync(db => db.LiveEntries.AsNoTracking().Where(e => e.ArticleId == id).OrderBy(e => e.Id).ToListAsync());

    private static async Task<JsonElement> PollAsync(HttpClient reader, int id)
    {
        var response = await reader.GetAsync($"/langsung/{id}/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<Article> LiveStoryAsync(HttpClient editor, string title)
    {
        var story = await An.Article().Titled($"{title} {Unique.Next()}").WithBody("Gempa bermagnitudo 6,1 mengguncang pesisir selatan pagi ini.").SaveAsync(app);
        Assert.Equal(HttpStatusCode.Redirect, (await StartAsync(editor, story.Id)).StatusCode);
        return story;
    }

    [Fact]
    public async Task EntriesReachThePage_NewestFirst_WithAnchorTimeAndInitials_AndThePollAnswers304UntilSomethingChanges()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var story = await LiveStoryAsync(editor, "Gempa guncang pesisir selatan");
        var reader = app.CreateReader();
        var first = await reader.GetAsync($"/langsung/{story.Id}/");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(editor, story.Id, "BMKG mencatat pusat gempa 80 km barat daya kota.", "Pusat gempa di laut")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(editor, story.Id, "Warga pesisir diminta menjauhi pantai sampai **peringatan dini** dicabut.")).StatusCode);
        var entries = await EntriesAsync(story.Id);
        Assert.Equal(2, entries.Count);

        var (_, page) = await reader.GetPageAsync(WartaApp.UrlOf(story));
        var shown = page.QuerySelectorAll("#liputan-langsung .live-entry").ToList();
        Assert.Equal([$"entri-{entries[1].Id}", $"entri-{entries[0].Id}"], shown.Select(e => e.Id));
        Assert.Contains("<strong>peringatan dini</strong>", shown[0].InnerHtml, StringComparison.Ordinal);
        Assert.Equal("Pusat gempa di laut", shown[1].QuerySelector("h3")!.TextContent);
        var clock = TimeZoneInfo.ConvertTimeFromUtc(entries[0].PublishedAt, WartaApp.Wib).ToString("HH':'mm", CultureInfo.InvariantCulture) + " WIB";
        Assert.Equal(clock, shown[1].QuerySelector(".live-time time")!.TextContent);
        Assert.Equal(entries[0].AuthorInitials, shown[1].QuerySelector(".live-initials")!.TextContent);
        Assert.Equal($"#entri-{entries[0].Id}", shown[1].QuerySelector("a.live-time")!.GetAttribute("href"));
        // Share links are plain links, the entry's own address in each.
        var whatsApp = shown[1].QuerySelector(".share a.share-whatsapp")!.GetAttribute("href")!;
        Assert.StartsWith("https://wa.me/?text=", whatsApp, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString($"#entri-{entries[0].Id}"), whatsApp, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main > .share a.share-telegram"));
        Assert.Equal("LANGSUNG", page.QuerySelector("article .live-badge")!.TextContent);
        Assert.Equal($"/langsung/{story.Id}/", page.QuerySelector("#liputan-langsung")!.GetAttribute("data-live-url"));

        // What the poll answered before the entries is stale now; what it answers now stays the same until a change.
        using var stale = new HttpRequestMessage(HttpMethod.Get, $"/langsung/{story.Id}/");
        stale.Headers.IfNoneMatch.Add(etag!);
        var changed = await reader.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var poll = JsonDocument.Parse(await changed.Content.ReadAsStringAsync()).RootElement;
        Assert.True(poll.GetProperty("live").GetBoolean());
        Assert.Equal([entries[1].Id, entries[0].Id], poll.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetInt32()));
        Assert.Contains($"id=\"entri-{entries[1].Id}\"", poll.GetProperty("entries")[0].GetProperty("html").GetString(), StringComparison.Ordinal);
        using var same = new HttpRequestMessage(HttpMethod.Get, $"/langsung/{story.Id}/");
        same.Headers.IfNoneMatch.Add(changed.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await reader.SendAsync(same)).StatusCode);

        // Listed with the badge while live.
        var (_, home) = await reader.GetPageAsync("/");
        var card = home.QuerySelectorAll(".card h3, .top-story-headline").First(h => h.TextContent.Contains(story.Headline, StringComparison.Ordinal));
        Assert.Equal("LANGSUNG", card.QuerySelector(".live-badge")?.TextContent);
    }

    [Fact]
    public async Task EditsSaySo_PinsHoldThreeKeyPoints_AndWithdrawnEntriesLeaveThePageAndThePoll()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var story = await LiveStoryAsync(editor, "Sidang putusan sengketa lahan");
        for (var i = 1; i <= 5; i++) await PostAsync(editor, story.Id, $"Perkembangan sidang ke-{i}: majelis hakim membacakan pertimbangan.", $"Poin {i}");
        var entries = await EntriesAsync(story.Id);

        var edited = await PostAsync(editor, story.Id, "Majelis hakim menolak gugatan penggugat seluruhnya.", "Gugatan ditolak", entries[0].Id);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(5, (await EntriesAsync(story.Id)).Count);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync(Desk(story.Id), new() { ["entry"] = entries[i].Id.ToString(CultureInfo.InvariantCulture), ["pin"] = "true" }, $"#pin-{entries[i].Id}")).StatusCode);
        var fourth = await editor.PostFormAsync(Desk(story.Id), new() { ["entry"] = entries[3].Id.ToString(CultureInfo.InvariantCulture), ["pin"] = "true" }, $"#pin-{entries[3].Id}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fourth.StatusCode);
        Assert.Contains("paling banyak 3", Html.Parse(await fourth.Content.ReadAsStringAsync()).Text(".nr-problem"), StringComparison.Ordinal);
        var withdrawn = await editor.PostFormAsync(Desk(story.Id), new() { ["entry"] = entries[4].Id.ToString(CultureInfo.InvariantCulture) }, $"#withdraw-{entries[4].Id}");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);

        var reader = app.CreateReader();
        var (_, page) = await reader.GetPageAsync(WartaApp.UrlOf(story));
        var stream = page.QuerySelector("#liputan-langsung")!;
        Assert.Null(stream.QuerySelector($"#entri-{entries[4].Id}"));
        var first = stream.QuerySelector($"#entri-{entries[0].Id}")!;
        Assert.Equal("Gugatan ditolak", first.QuerySelector("h3")!.TextContent);
        Assert.StartsWith("diperbarui ", first.QuerySelector(".live-edited")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Gugatan ditolak", "Poin 2", "Poin 3"], stream.QuerySelectorAll(".live-pins li a").Select(a => a.TextContent));
        Assert.Equal(3, stream.QuerySelectorAll(".live-entry.pinned").Length);

        var poll = await PollAsync(reader, story.Id);
        Assert.Equal([entries[4].Id], poll.GetProperty("removed").EnumerateArray().Select(e => e.GetInt32()));
        Assert.DoesNotContain(poll.GetProperty("entries").EnumerateArray(), e => e.GetProperty("id").GetInt32() == entries[4].Id);
        Assert.Contains("Gugatan ditolak", poll.GetProperty("pins").GetString(), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.LiveEntryWithdrawn && e.Subject.Contains(story.Headline))));
    }

    [Fact]
    public async Task TheStoryIsALiveBlogPosting_ItsDateModifiedFollowsTheLatestEntry_AndItsEntriesHaveAFeedOfTheirOwn()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var story = await LiveStoryAsync(editor, "Banjir bandang di lereng gunung");
        await PostAsync(editor, story.Id, "Tim SAR gabungan mulai menyisir aliran sungai.", "Pencarian dimulai");
        var before = DateTime.UtcNow;
        await PostAsync(editor, story.Id, "Dua warga ditemukan selamat di hilir, kata kepala basarnas setempat.");
        var entries = await EntriesAsync(story.Id);
        var reader = app.CreateReader();

        var (_, page) = await reader.GetPageAsync(WartaApp.UrlOf(story));
        var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement[0];
        Assert.Equal("LiveBlogPosting", jsonLd.GetProperty("@type").GetString());
        Assert.True(jsonLd.TryGetProperty("coverageStartTime", out _));
        Assert.False(jsonLd.TryGetProperty("coverageEndTime", out _));
        var updates = jsonLd.GetProperty("liveBlogUpdate").EnumerateArray().ToList();
        Assert.Equal(2, updates.Count);
        Assert.Equal("BlogPosting", updates[0].GetProperty("@type").GetString());
        Assert.EndsWith($"#entri-{entries[1].Id}", updates[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal("Pencarian dimulai", updates[1].GetProperty("headline").GetString());
        var modified = DateTimeOffset.Parse(jsonLd.GetProperty("dateModified").GetString()!, CultureInfo.InvariantCulture);
        Assert.True(modified.UtcDateTime >= before.AddSeconds(-1), $"dateModified {modified} is before the latest entry");

        var url = WartaApp.UrlOf(story);
        var feed = await reader.GetAsync(url + "langsung/feed/");
        Assert.Equal("application/rss+xml", feed.Content.Headers.ContentType!.MediaType);
        var rss = System.Xml.Linq.XDocument.Parse(await feed.Content.ReadAsStringAsync());
        var items = rss.Descendants("item").ToList();
        Assert.Equal(2, items.Count);
        Assert.EndsWith($"{url}#entri-{entries[1].Id}", items[0].Element("link")!.Value, StringComparison.Ordinal);
        Assert.Equal("Pencarian dimulai", items[1].Element("title")!.Value);
        // The story's own feed/ stays its comments feed.
        Assert.DoesNotContain("Tim SAR gabungan", await reader.GetStringAsync(url + "feed/"), StringComparison.Ordinal);

        // Ended: a normal story again, entries kept, coverageEndTime set, no badge, no posting, the poll says so.
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync(Desk(story.Id), [], "#live-end")).StatusCode);
        (_, page) = await reader.GetPageAsync(url);
        Assert.Null(page.QuerySelector("article .live-badge"));
        Assert.Null(page.QuerySelector("#liputan-langsung")!.GetAttribute("data-live-url"));
        Assert.Equal(2, page.QuerySelectorAll("#liputan-langsung .live-entry").Length);
        Assert.NotNull(page.QuerySelector("#liputan-langsung .live-ended"));
        jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement[0];
        Assert.True(jsonLd.TryGetProperty("coverageEndTime", out _));
        Assert.False((await PollAsync(reader, story.Id)).GetProperty("live").GetBoolean());
        var refused = await editor.PostAsync(Desk(story.Id) + "?handler=Entry", new FormUrlEncodedContent([
            new("EntryBody", "Entri setelah liputan berakhir."),
            new("__RequestVerificationToken", Html.Parse(await editor.GetStringAsync(Desk(story.Id))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(2, (await EntriesAsync(story.Id)).Count);
    }

    [Fact]
    public async Task TwoPeoplePostingAtOnce_BothEntriesStand_AndNothingTypedIsLostToAnError()
    {
        var one = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var two = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var story = await LiveStoryAsync(one, "Pemilihan kepala daerah hitung cepat");
        var posts = await Task.WhenAll(
            Enumerable.Range(0, 4).Select(i => PostAsync(i % 2 == 0 ? one : two, story.Id, $"Hasil hitung cepat TPS {i}: suara masuk {i * 10} persen.")));
        Assert.All(posts, p => Assert.Equal(HttpStatusCode.Redirect, p.StatusCode));
        Assert.Equal(4, (await EntriesAsync(story.Id)).Count);

        var empty = await PostAsync(one, story.Id, "   ", "Judul tanpa isi yang tetap ada");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        var form = Html.Parse(await empty.Content.ReadAsStringAsync());
        Assert.Equal("Judul tanpa isi yang tetap ada", form.QuerySelector("#entry-headline")!.GetAttribute("value"));
        Assert.Contains("Isi entri wajib diisi", form.Text(".nr-problem"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEntryIsSanitized_AndItsBacaJugaLinksAPublishedStory()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var earlier = await An.Article().Titled($"Kronologi longsor pekan lalu {Unique.Next()}").SaveAsync(app);
        var story = await LiveStoryAsync(editor, "Longsor susulan di jalur provinsi");
        await PostAsync(editor, story.Id, $"Jalur ditutup.<script>alert(1)</script><img src=x onerror=alert(2)>\n\n[baca-juga id={earlier.Id}]");
        var (_, page) = await app.CreateReader().GetPageAsync(WartaApp.UrlOf(story));
        var entry = page.QuerySelector("#liputan-langsung .live-entry")!;
        Assert.DoesNotContain("<script", entry.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", entry.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(earlier.Headline, entry.QuerySelector(".baca-juga a")!.TextContent);
    }

    [Theory]
    [InlineData(NewsroomRoles.Contributor)]
    [InlineData(NewsroomRoles.Moderator)]
    public async Task ThoseWhoMayNotPublishTheStory_CannotRunItsCoverage(string role)
    {
        var story = await An.Article().Titled($"Cerita orang lain {Unique.Next()}").SaveAsync(app);
        var staff = await app.CreateClientAsAsync(role);
        var desk = await staff.GetAsync(Desk(story.Id));
        Assert.NotEqual(HttpStatusCode.OK, desk.StatusCode);
        var anonymous = await app.CreateReader().GetAsync(Desk(story.Id));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/newsroom/masuk", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);

        // An author may run their own story's coverage, not someone else's.
        var (email, _) = await app.CreateStaffAsync(NewsroomRoles.Author);
        var author = app.CreateReader();
        await author.SignInAsync(email, StaffSignIn.Password);
        var own = await An.Article().Titled($"Cerita sendiri {Unique.Next()}").SaveAsync(app);
        await app.WithDbAsync(async db =>
        {
            var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            return await db.Articles.Where(a => a.Id == own.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.CreatedById, id));
        });
        Assert.Equal(HttpStatusCode.Redirect, (await StartAsync(author, own.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(author, own.Id, "Laporan dari lokasi.")).StatusCode);
        var theirs = await author.GetAsync(Desk(story.Id));
        Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);
        Assert.Contains("/newsroom/ditolak", theirs.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADraftsCoverage_IsNotReadersToPoll()
    {
        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var draft = await An.Article().Titled($"Persiapan liputan {Unique.Next()}").WithStatus(ArticleStatus.Draft).SaveAsync(app);
        Assert.Equal(HttpStatusCode.Redirect, (await StartAsync(editor, draft.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(editor, draft.Id, "Disiapkan sebelum terbit.")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateReader().GetAsync($"/langsung/{draft.Id}/")).StatusCode);
    }
}
