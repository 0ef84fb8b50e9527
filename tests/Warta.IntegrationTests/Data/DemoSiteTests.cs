using System.Net;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;

namespace Warta.IntegrationTests.Data;

public class DemoSiteTests(DemoSiteApp app) : IClassFixture<DemoSiteApp>
{
    [Fact]
    public async Task FirstStart_WritesTheDemoSite()
    {
        var (articles, english, sections, authorsWithBio, tagged, bacaJuga) = await app.WithDbAsync(async db => (
            await db.Articles.CountAsync(a => a.Status == ArticleStatus.Published),
            await db.Articles.CountAsync(a => a.Language == "en"),
            await db.Sections.CountAsync(),
            await db.Authors.CountAsync(a => a.Bio != null && a.Bio != ""),
            await db.Articles.CountAsync(a => a.Tags.Any()),
            await db.Articles.CountAsync(a => a.Body.Contains("[baca-juga id="))));

        Assert.True(articles >= 30, $"{articles} articles");
        Assert.True(english >= 2, $"{english} English articles");
        Assert.True(sections >= 5, $"{sections} sections");
        Assert.True(authorsWithBio >= 4, $"{authorsWithBio} authors with a bio");
        Assert.Equal(articles, tagged);
        Assert.True(bacaJuga >= 20, $"{bacaJuga} articles with Baca juga");
    }

    [Fact]
    public async Task EveryLinkOnTheDemoSite_Answers200_AndArticlePagesStayUnder60KB()
    {
        var client = app.CreateReader();
        var queue = new Queue<string>(["/"]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var articlePages = 0;
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;

            var html = await response.Content.ReadAsStringAsync();
            var page = Html.Parse(html);
            if (page.QuerySelector("article.article") is not null)
            {
                articlePages++;
                Assert.True(html.Length < 60 * 1024, $"{url} is {html.Length} bytes");
            }
            foreach (var img in page.QuerySelectorAll("img")) Assert.True(img.HasAttribute("alt"), $"an image on {url} has no alt");
            var links = page.QuerySelectorAll("a[href], link[href], img[src], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal))
                .Select(h => h.Split('#')[0]);
            foreach (var link in links)
                if (link.Length > 0 && seen.Add(link)) queue.Enqueue(link);
        }

        Assert.True(articlePages >= 30, $"crawled {articlePages} article pages");
    }

    [Fact]
    public async Task CommenterEmails_NeverAppear_InAnyPublicOutput()
    {
        var emails = await app.WithDbAsync(db => db.Comments.Where(c => c.AuthorEmail != null).Select(c => c.AuthorEmail!).Distinct().ToListAsync());
        var ips = await app.WithDbAsync(db => db.Comments.Where(c => c.AuthorIp != null).Select(c => c.AuthorIp!).Distinct().ToListAsync());
        Assert.True(emails.Count >= 5, "the demo site should carry comments with email addresses");
        var client = app.CreateReader();
        var queue = new Queue<string>(["/", "/feed/", "/feed/atom/", "/sitemap.xml", "/sitemap-news.xml", "/robots.txt"]);
        var seen = new HashSet<string>(queue, StringComparer.Ordinal);
        var crawled = 0;
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            crawled++;
            foreach (var email in emails) Assert.False(body.Contains(email, StringComparison.OrdinalIgnoreCase), $"{email} appears on {url}");
            foreach (var ip in ips) Assert.False(body.Contains($">{ip}<", StringComparison.Ordinal) || body.Contains($"\"{ip}\"", StringComparison.Ordinal), $"{ip} appears on {url}");
            var links = System.Text.RegularExpressions.Regex.Matches(body, "(?:href|src)=\"(/[^\"#]*)|<loc>https?://[^/<]+(/[^<]*)</loc>")
                .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
                .Where(l => l.StartsWith('/') && !l.StartsWith("//", StringComparison.Ordinal) && !l.StartsWith("/media/", StringComparison.Ordinal));
            foreach (var link in links)
                if (seen.Add(link)) queue.Enqueue(System.Net.WebUtility.HtmlDecode(link));
        }
        Assert.True(crawled > 60, $"crawled {crawled} addresses");
    }

    [Fact]
    public async Task DemoArticles_LinkToEachOther_WithBacaJuga()
    {
        var url = await app.WithDbAsync(async db =>
        {
            var a = await db.Articles.FirstAsync(x => x.Body.Contains("[baca-juga id="));
            return WartaApp.UrlOf(a);
        });

        var (_, page) = await app.CreateReader().GetPageAsync(url);

        var link = page.QuerySelector(".baca-juga a")?.GetAttribute("href");
        Assert.NotNull(link);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateReader().GetAsync(link)).StatusCode);
    }

    [Theory]
    [InlineData("kunjungan", "Kunjungan Kenegaraan ke Asia Timur Hasilkan Tujuh Nota Kesepahaman")]
    [InlineData("nelayan ditahan", "Sebelas Nelayan yang Ditahan Negara Tetangga Dipulangkan Lewat Jalur Diplomatik")]
    [InlineData("harga cabai", "Harga Cabai Rawit Tembus Rp90.000 per Kilogram, Pedagang Kurangi Stok")]
    [InlineData("smallholders", "Palm Oil Exporters Brace for New Traceability Rules")]
    [InlineData("daur ulang baterai", "Pabrik Daur Ulang Baterai Kendaraan Listrik Pertama Mulai Uji Coba")]
    [InlineData("pengungsi banjir", "Banjir Rob Rendam Tiga Kelurahan di Pesisir Utara, Ratusan Warga Mengungsi")]
    public async Task SearchingTheDemoSite_PutsTheRightStoryFirst(string query, string expectedFirst)
    {
        await app.WaitForSearchAsync();

        var (_, page) = await app.CreateReader().GetPageAsync("/cari/?q=" + Uri.EscapeDataString(query));

        Assert.Equal(expectedFirst, page.QuerySelector(".search-results h2 a")?.TextContent);
    }

    [Fact]
    [Trait("Provider", TestDatabase.SqliteOnly)]
    public async Task Database_IsInWalMode_WithFullSync()
    {
        var (journal, synchronous) = await app.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            var j = (string?)await command.ExecuteScalarAsync();
            command.CommandText = "PRAGMA synchronous";
            var s = (long?)await command.ExecuteScalarAsync();
            return (j, s);
        });

        Assert.Equal("wal", journal);
        Assert.Equal(2L, synchronous); // FULL
        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "warta.db")));
    }
}
