using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warta.Web.Import.WordPress;

namespace Warta.IntegrationTests.Import;

/// <summary>
/// What WordPress writers shape a post with: a teaser cut by &lt;!--more--&gt;, pages cut by &lt;!--nextpage--&gt;, and
/// the post formats (aside, gallery, link, image, quote, status, video, audio, chat), whose content comes across whole.
/// </summary>
public class StoryShapeImportTests(WartaApp app) : IClassFixture<WartaApp>
{
    private static string Post(int id, string title, string content, string? format = null) => $"""
        <item><title>{title}</title><content:encoded><![CDATA[{content}]]></content:encoded><wp:post_id>{id}</wp:post_id>
        <wp:post_name>kiriman-{id}</wp:post_name><wp:post_date_gmt>2024-05-0{id % 7 + 1} 02:00:00</wp:post_date_gmt><wp:status>publish</wp:status>
        <wp:post_type>post</wp:post_type>{(format is null ? "" : $"<category domain=\"post_format\" nicename=\"post-format-{format}\"><![CDATA[{format}]]></category>")}</item>
        """;

    private async Task ImportAsync(string items)
    {
        var file = Path.Combine(app.DataDirectory, $"bentuk-{Guid.NewGuid():N}.xml");
        Directory.CreateDirectory(app.DataDirectory);
        await File.WriteAllTextAsync(file, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><wp:wxr_version>1.2</wp:wxr_version>
            {items}
            </channel></rss>
            """);
        await using var scope = app.Services.CreateAsyncScope();
        var summary = await scope.ServiceProvider.GetRequiredService<ImportWordPressExport>().RunAsync(file, null, CancellationToken.None);
        Assert.DoesNotContain(summary.Outcomes, o => o.Result == ImportResult.Skipped);
    }

    [Fact]
    public async Task AStoryCutIntoPages_ShowsOnePageAtATime_WithLinksToTheOthers_AndItsTeaserAsDek()
    {
        await ImportAsync(Post(7401, "Jejak Rempah di Maluku", """
            Cengkih pernah lebih mahal dari emas.

            <!--more Baca selengkapnya-->

            Kapal-kapal datang dari jauh.

            <!--nextpage-->

            Pala tumbuh di Banda.

            <!--nextpage-->

            Kini kebun warga kembali ramai.
            """));

        var story = await app.WithDbAsync(db => db.Articles.SingleAsync(a => a.WordPressId == 7401));
        Assert.Equal("Cengkih pernah lebih mahal dari emas.", story.Dek);
        var url = WartaApp.UrlOf(story);
        var client = app.CreateReader();
        var (_, first) = await client.GetPageAsync(url);
        var body = first.QuerySelector(".article-body")!.TextContent;
        Assert.Contains("Kapal-kapal datang dari jauh.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Pala tumbuh", body, StringComparison.Ordinal);
        Assert.Equal([url + "?halaman=2", url + "?halaman=3", url + "?halaman=2"], first.QuerySelectorAll(".page-links a").Select(a => a.GetAttribute("href")));
        Assert.Equal("1", first.QuerySelector(".page-links [aria-current=page]")?.TextContent);

        var (second, page2) = await client.GetPageAsync(url + "?halaman=2");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Pala tumbuh di Banda.", page2.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Cengkih", page2.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(url + "?halaman=2", new Uri(page2.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!).PathAndQuery);
        var (_, page3) = await client.GetPageAsync(url + "?halaman=3");
        Assert.Contains("Kini kebun warga kembali ramai.", page3.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page3.QuerySelectorAll(".page-links .page-next"));

        var beyond = await client.GetAsync(url + "?halaman=4");
        Assert.Equal((HttpStatusCode.MovedPermanently, url), (beyond.StatusCode, beyond.Headers.Location?.ToString()));
        // WordPress's own address for page 2 still leads there.
        var old = await client.GetAsync(url + "2/");
        Assert.Equal((HttpStatusCode.MovedPermanently, url + "?halaman=2"), (old.StatusCode, old.Headers.Location?.ToString()));

        // Search and the full-text feed see every page.
        await app.WaitForSearchAsync();
        var (_, found) = await client.GetPageAsync("/cari/?q=" + Uri.EscapeDataString("kebun warga"));
        Assert.Contains(found.QuerySelectorAll("main a"), a => a.GetAttribute("href") == url);
    }

    [Fact]
    public async Task EveryPostFormat_KeepsItsContent_AndUntitledOnesAreNamedByTheirFirstWords()
    {
        await ImportAsync(string.Concat(
            Post(7501, "", "Rapat redaksi dimulai lebih awal hari ini karena banjir di jalan utama menuju kantor.", "aside"),
            Post(7502, "", "Listrik di kantor kembali menyala.", "status"),
            Post(7503, "Kata Hari Ini", "<blockquote>Air tenang menghanyutkan.</blockquote>\n\n— pepatah lama", "quote"),
            Post(7504, "Tautan Pilihan", "<a href=\"https://arsip.example/cerita\">Cerita dari arsip</a>", "link"),
            Post(7505, "Wawancara Singkat", "Redaktur: Siap terbit?\nReporter: Sebentar lagi.", "chat"),
            Post(7506, "Foto Pagi", "<img src=\"https://kabarlama.example/wp-content/uploads/kabut.jpg\" alt=\"Kabut di lembah\" />", "image"),
            Post(7507, "Video Pekan Ini", "https://www.youtube.com/watch?v=abcdefghijk", "video"),
            Post(7508, "Siaran Radio", "[audio src=\"https://radio.example/siaran.mp3\"]", "audio"),
            Post(7509, "Galeri Tanpa Lampiran", "Foto-foto menyusul.\n\n[gallery]", "gallery")));

        var stories = await app.WithDbAsync(db => db.Articles.Where(a => a.WordPressId >= 7501 && a.WordPressId <= 7509).ToDictionaryAsync(a => a.WordPressId!.Value));
        Assert.Equal(9, stories.Count);
        Assert.StartsWith("Rapat redaksi dimulai lebih awal hari ini", stories[7501].Headline, StringComparison.Ordinal);
        Assert.True(stories[7501].Headline.Length <= 81);
        Assert.Equal("Listrik di kantor kembali menyala.", stories[7502].Headline);

        var client = app.CreateReader();
        async Task<AngleSharp.Dom.IElement> Body(int id) => (await client.GetPageAsync(WartaApp.UrlOf(stories[id]))).Document.QuerySelector(".article-body")!;
        Assert.Contains("Air tenang menghanyutkan.", (await Body(7503)).QuerySelector("blockquote")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://arsip.example/cerita", (await Body(7504)).QuerySelector("a")?.GetAttribute("href"));
        var chat = (await Body(7505)).InnerHtml;
        Assert.Contains("Redaktur: Siap terbit?<br>", chat, StringComparison.Ordinal);
        Assert.Contains("Reporter: Sebentar lagi.", chat, StringComparison.Ordinal);
        Assert.Equal("Kabut di lembah", (await Body(7506)).QuerySelector("img")?.GetAttribute("alt"));
        Assert.Equal("https://www.youtube.com/watch?v=abcdefghijk", (await Body(7507)).QuerySelector("a")?.GetAttribute("href"));
        Assert.Empty((await Body(7507)).QuerySelectorAll("iframe"));
        var radio = await Body(7508);
        Assert.Equal("https://radio.example/siaran.mp3", radio.QuerySelector("a")?.GetAttribute("href"));
        Assert.Empty(radio.QuerySelectorAll("audio"));
        Assert.Contains("Foto-foto menyusul.", (await Body(7509)).TextContent, StringComparison.Ordinal);
    }
}
