using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warta.Web.Articles;
using Warta.Web.Import.WordPress;

namespace Warta.IntegrationTests.Import;

/// <summary>
/// An export as newer exporters write it (https namespaces, no whitespace between elements): every item and comment
/// comes out imported, updated or skipped with a reason, and a run that cannot account for one writes nothing.
/// </summary>
public class ImportAccountingTests(WartaApp app) : IClassFixture<WartaApp>
{
    private const string Export = "pindahan-https-minified.xml";

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Import", "fixtures", name);

    private async Task<ImportSummary> ImportAsync(string fixture, Func<Stream, IEnumerable<WxrRecord>>? reader = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ImportWordPressExport>();
        if (reader is not null) importer.Reader = reader;
        return await importer.RunAsync(Fixture(fixture), null, CancellationToken.None);
    }

    [Fact]
    public async Task AnHttpsMinifiedExport_ArrivesWhole_AndEveryItemAndCommentIsAccountedFor()
    {
        var summary = await ImportAsync(Export);

        var items = summary.Outcomes.Where(o => !o.IsComment).ToList();
        Assert.Equal([301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311], items.Select(o => o.WordPressId).Order());
        Assert.All(items.Where(o => o.Type is "post" or "page" or "attachment"), o => Assert.NotNull(o.WartaId));
        Assert.Equal(ImportResult.Skipped, items.Single(o => o.Type == "revision").Result);
        Assert.False(string.IsNullOrWhiteSpace(items.Single(o => o.Type == "revision").Note));
        var comments = summary.Outcomes.Where(o => o.IsComment).ToList();
        Assert.Equal([9001, 9002, 9003, 9004], comments.Select(o => o.WordPressId).Order());
        var pingback = comments.Single(o => o.Type == "pingback");
        Assert.Equal(ImportResult.Imported, pingback.Result);

        var statuses = await app.WithDbAsync(db => db.Articles.Where(a => a.WordPressId >= 301 && a.WordPressId <= 306)
            .ToDictionaryAsync(a => a.WordPressId!.Value, a => a.Status));
        Assert.Equal(ArticleStatus.Published, statuses[301]);
        Assert.Equal(ArticleStatus.Published, statuses[302]);
        Assert.Equal(ArticleStatus.Unpublished, statuses[303]);
        Assert.Equal(ArticleStatus.Draft, statuses[304]);
        Assert.Equal(ArticleStatus.Scheduled, statuses[305]);
        Assert.Equal(ArticleStatus.Draft, statuses[306]);
        Assert.Contains(summary.Notes, n => n.StartsWith("#304 ", StringComparison.Ordinal));
        var scheduled = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.WordPressId == 305));
        Assert.Equal(new DateTime(2099, 1, 1, 1, 0, 0, DateTimeKind.Utc), scheduled.PublishedAt);

        var again = await ImportAsync(Export);
        Assert.All(again.Outcomes.Where(o => o.Type is "post" or "page" or "attachment" or "comment"), o => Assert.Equal(ImportResult.Updated, o.Result));
    }

    [Fact]
    public async Task AnImportRun_IsOneAuditEntry_NotOnePerStory()
    {
        int Count(string action) => app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == action)).GetAwaiter().GetResult();
        var (runs, published) = (Count(Warta.Web.Newsroom.Audit.AuditActions.Imported), Count(Warta.Web.Newsroom.Audit.AuditActions.Published));

        await ImportAsync(Export);

        Assert.Equal(runs + 1, Count(Warta.Web.Newsroom.Audit.AuditActions.Imported));
        Assert.Equal(published, Count(Warta.Web.Newsroom.Audit.AuditActions.Published));
        var entry = await app.WithDbAsync(db => db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync(e => e.Action == Warta.Web.Newsroom.Audit.AuditActions.Imported));
        Assert.Equal(Export, entry.Subject);
        Assert.Contains("articles", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReaderThatLosesAnItem_FailsTheImport_AndNothingIsWritten()
    {
        static IEnumerable<WxrRecord> LosesOne(Stream stream) => WxrReader.Read(stream).Where(r => r is not WxrItem { PostId: 306 });
        var before = await app.WithDbAsync(db => db.Articles.CountAsync());

        var error = await Assert.ThrowsAsync<ImportReconciliationException>(() => ImportAsync(Export, LosesOne));

        Assert.Contains("'post': 7 in the export, 6 accounted for", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task AReaderThatLosesAComment_FailsTheImport()
    {
        static IEnumerable<WxrRecord> LosesAComment(Stream stream) =>
            WxrReader.Read(stream).Select(r => r is WxrItem { PostId: 301 } item ? item with { Comments = item.Comments.Skip(1).ToList() } : r);

        var error = await Assert.ThrowsAsync<ImportReconciliationException>(() => ImportAsync(Export, LosesAComment));

        Assert.Contains("comments of type 'comment': 3 in the export, 2 accounted for", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordProtectedAndPrivatePosts_AreReadableNowhereInPublic()
    {
        await ImportAsync(Export);
        await app.WaitForSearchAsync();
        var reader = app.CreateReader();

        foreach (var url in new[] { "/", "/feed/", "/feed/atom/", "/rubrik/nasional/", "/rubrik/nasional/feed/", "/2024/07/", "/sitemap.xml", "/sitemap-news.xml",
                     "/cari/?q=tambang", "/cari/?q=anggaran", "/cari/?q=bersandi", "/penulis/sari/", "/penulis/sari/feed/" })
        {
            var body = await (await reader.GetAsync(url)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("tambang tersembunyi", body, StringComparison.Ordinal);
            Assert.DoesNotContain("rapat anggaran", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Catatan Internal Redaksi", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Laporan Khusus Bersandi", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Komentar di laporan bersandi", body, StringComparison.Ordinal);
        }
        var sitemaps = Html.Parse(await reader.GetStringAsync("/sitemap.xml"));
        foreach (var loc in sitemaps.QuerySelectorAll("loc").Select(l => new Uri(l.TextContent).PathAndQuery))
            Assert.DoesNotContain("laporan-bersandi", await reader.GetStringAsync(loc), StringComparison.Ordinal);

        var privatePost = await reader.GetAsync("/?p=303");
        Assert.Equal(HttpStatusCode.NotFound, privatePost.StatusCode);
        Assert.DoesNotContain("rapat anggaran", await privatePost.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProtectedStory_AsksForItsPassword_AndOpensOnlyForThoseWhoGiveIt()
    {
        await ImportAsync(Export);
        var story = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.WordPressId == 302));
        Assert.Equal("rahasia-redaksi", story.Password);
        var url = WartaApp.UrlOf(story);
        var stranger = app.CreateReader();

        var (locked, page) = await stranger.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Equal("Laporan Khusus Bersandi", page.Text("h1"));
        Assert.NotNull(page.QuerySelector("form.story-password input[type=password][name=sandi]"));
        var lockedHtml = page.DocumentElement.OuterHtml;
        Assert.DoesNotContain("tambang tersembunyi", lockedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Komentar di laporan bersandi", lockedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("application/ld+json", lockedHtml, StringComparison.Ordinal);
        Assert.Contains("no-store", locked.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url + "feed/")).StatusCode);

        var wrong = await stranger.PostAsync(url + "?handler=Unlock", new FormUrlEncodedContent([new("sandi", "tebakan")]));
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        var wrongHtml = await wrong.Content.ReadAsStringAsync();
        Assert.Contains("Kata sandi salah", wrongHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("tambang tersembunyi", wrongHtml, StringComparison.Ordinal);

        var reader = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var right = await reader.PostAsync(url + "?handler=Unlock", new FormUrlEncodedContent([new("sandi", "rahasia-redaksi")]));
        Assert.Equal(HttpStatusCode.SeeOther, right.StatusCode);
        var (opened, openedPage) = await reader.GetPageAsync(url);
        Assert.Contains("tambang tersembunyi", openedPage.Text(".article-body"), StringComparison.Ordinal);
        Assert.Contains("no-store", opened.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);

        // What the reader with the password saw was kept for nobody else.
        var (_, again) = await app.CreateReader().GetPageAsync(url);
        Assert.DoesNotContain("tambang tersembunyi", again.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATitleWithInlineMarkup_IsMarkupOnThePage_AndPlainTextEverywhereElse()
    {
        await ImportAsync(Export);
        var story = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.WordPressId == 311));
        Assert.Equal("Banjir Besar di Kota2 alert(1)", story.Headline);
        var reader = app.CreateReader();

        var (_, page) = await reader.GetPageAsync(WartaApp.UrlOf(story));
        var h1 = page.QuerySelector("h1#headline")!;
        Assert.Equal("Besar", h1.QuerySelector("em")?.TextContent);
        Assert.Equal("2", h1.QuerySelector("b sup")?.TextContent);
        Assert.Null(h1.QuerySelector("script"));
        Assert.DoesNotContain("<", page.Title, StringComparison.Ordinal);
        Assert.Equal(story.Headline + " – Warta", page.Title);
        Assert.Equal(story.Headline, page.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
        var feed = await reader.GetStringAsync("/feed/");
        Assert.Contains("<title>Banjir Besar di Kota2 alert(1)</title>", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;em&gt;", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;em&gt;", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReport_HasOneRowPerItemAndComment_AndEscapesWhatASpreadsheetWouldRun()
    {
        var summary = new ImportSummary();
        summary.Outcomes.Add(new ImportOutcome(1, "post", "Judul, dengan \"koma\"", ImportResult.Imported, 10, null));
        summary.Outcomes.Add(new ImportOutcome(2, "post", "=HYPERLINK(\"x\")", ImportResult.Skipped, null, "alasan"));
        using var writer = new StringWriter();

        ImportReport.Write(summary, writer);

        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ImportReport.Header, lines[0]);
        Assert.Equal("1,post,\"Judul, dengan \"\"koma\"\"\",imported,10,", lines[1]);
        Assert.Equal("2,post,\"'=HYPERLINK(\"\"x\"\")\",skipped,,alasan", lines[2]);
    }
}
