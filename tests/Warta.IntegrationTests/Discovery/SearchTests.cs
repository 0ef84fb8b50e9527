using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;

namespace Warta.IntegrationTests.Discovery;

public class SearchTests(WartaApp app) : IClassFixture<WartaApp>
{
    private Task<List<string>> HeadlinesAsync(string url) => app.CreateReader().SearchHeadlinesAsync(url);

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Kunjungan_FindsEveryFormOfTheWord()
    {
        var tag = Unique();
        var a = await An.Article().Tagged(tag).WithBody("Presiden berkunjung ke pabrik baterai.").SaveAsync(app);
        var b = await An.Article().Tagged(tag).WithBody("Menteri mengunjungi pelabuhan baru.").SaveAsync(app);
        var c = await An.Article().Tagged(tag).WithBody("Sekolah itu dikunjungi wartawan asing.").SaveAsync(app);
        var other = await An.Article().Tagged(tag).WithBody("Kapal berlabuh di dermaga.").SaveAsync(app);
        await app.WaitForSearchAsync();

        var found = await HeadlinesAsync($"/cari/?q=kunjungan+{tag}");

        Assert.Equal(new[] { a.Headline, b.Headline, c.Headline }.Order(), found.Order());
        Assert.DoesNotContain(other.Headline, found);
    }

    [Theory]
    [InlineData("ekonomi", "Perekonomian daerah tumbuh pesat tahun ini.")]
    [InlineData("senjata", "Negara itu memamerkan persenjataan baru.")]
    [InlineData("tulis", "Ia menulis surat terbuka kepada gubernur.")]
    [InlineData("pukul", "Petinju itu memukul lawannya di ronde ketiga.")]
    [InlineData("temu", "Kedua menteri bertemu di Jakarta.")]
    public async Task Search_MatchesRootsThroughPrefixesAndSuffixes(string query, string body)
    {
        var marker = Unique();
        var article = await An.Article().Tagged(marker).WithBody(body).SaveAsync(app);
        await app.WaitForSearchAsync();

        Assert.Contains(article.Headline, await HeadlinesAsync($"/cari/?q={query}+{marker}"));
    }

    [Fact]
    public async Task Pantai_DoesNotMatchUnrelatedWords()
    {
        var marker = Unique();
        var beach = await An.Article().Tagged(marker).WithBody("Wisatawan memadati pantai selatan.").SaveAsync(app);
        var other = await An.Article().Tagged(marker).WithBody("Panitia menyiapkan panggung.").SaveAsync(app);
        await app.WaitForSearchAsync();

        var found = await HeadlinesAsync($"/cari/?q=pantai+{marker}");

        Assert.Equal([beach.Headline], found);
        Assert.DoesNotContain(other.Headline, found);
    }

    [Theory]
    [InlineData("Kim Jong-un", "kim+jong+un")]
    [InlineData("Kim Jong Un", "kim+jong-un")]
    public async Task NamesWithHyphensAndSpaces_MatchEachOther(string written, string query)
    {
        var marker = Unique();
        var article = await An.Article().Tagged(marker).WithBody($"{written} menerima tamu negara di ibu kota.").SaveAsync(app);
        await app.WaitForSearchAsync();

        Assert.Contains(article.Headline, await HeadlinesAsync($"/cari/?q={query}+{marker}"));
    }

    [Fact]
    public async Task AOneLetterTypo_StillFindsTheName()
    {
        var marker = Unique();
        var article = await An.Article().Tagged(marker).WithBody("Vladimir Putin tiba di Pyongyang pagi ini.").SaveAsync(app);
        await app.WaitForSearchAsync();

        Assert.Contains(article.Headline, await HeadlinesAsync($"/cari/?q=Pyongyamg+{marker}"));
        Assert.Contains(article.Headline, await HeadlinesAsync($"/cari/?q=Putim+{marker}"));
    }

    [Fact]
    public async Task EnglishArticles_UseEnglishStemming()
    {
        var marker = Unique();
        var article = await An.Article().InLanguage("en").Tagged(marker).WithBody("Farmers are mapping their plots before the deadline.").SaveAsync(app);
        await app.WaitForSearchAsync();

        Assert.Contains(article.Headline, await HeadlinesAsync($"/cari/?q=maps+plot+{marker}"));
    }

    [Fact]
    public async Task HeadlineMatches_RankAboveBodyMatches()
    {
        var marker = Unique();
        var inBody = await An.Article().Tagged(marker).Titled($"Laporan pasar {marker} pekan ini").WithBody("Harga gabah naik di tingkat petani.").SaveAsync(app);
        var inHeadline = await An.Article().Tagged(marker).Titled($"Harga gabah melonjak {marker}").WithBody("Laporan singkat.").SaveAsync(app);
        await app.WaitForSearchAsync();

        var found = await HeadlinesAsync($"/cari/?q=gabah+{marker}");

        Assert.Equal([inHeadline.Headline, inBody.Headline], found);
    }

    [Fact]
    public async Task Results_HaveHighlightedSnippets_WithStoredTextEncoded()
    {
        var marker = Unique();
        await An.Article().Tagged(marker).WithHtmlBody($"<p>Banjir rob &lt;script&gt;alert(1)&lt;/script&gt; merendam kampung {marker}.</p>").SaveAsync(app);
        await app.WaitForSearchAsync();

        var html = await app.CreateReader().GetStringAsync($"/cari/?q=banjir+{marker}");
        var snippet = Html.Parse(html).QuerySelector(".search-results .snippet")!;

        Assert.Equal("Banjir", snippet.QuerySelector("mark")?.TextContent);
        Assert.Empty(snippet.QuerySelectorAll("script"));
        Assert.Contains("<script>alert(1)</script>", snippet.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SectionFilter_DateRange_AndNewestFirst()
    {
        var marker = Unique();
        var section = await A.Section().SaveAsync(app);
        var old = await An.Article().In(section).Tagged(marker).PublishedAt(new DateTime(2023, 3, 1, 3, 0, 0, DateTimeKind.Utc)).SaveAsync(app);
        var recent = await An.Article().In(section).Tagged(marker).PublishedAt(new DateTime(2024, 3, 1, 3, 0, 0, DateTimeKind.Utc)).SaveAsync(app);
        var elsewhere = await An.Article().Tagged(marker).PublishedAt(new DateTime(2024, 3, 2, 3, 0, 0, DateTimeKind.Utc)).SaveAsync(app);
        await app.WaitForSearchAsync();

        Assert.Equal([recent.Headline, old.Headline], await HeadlinesAsync($"/cari/?q={marker}&rubrik={section.Slug}&urut=terbaru"));
        Assert.Equal([recent.Headline], await HeadlinesAsync($"/cari/?q={marker}&rubrik={section.Slug}&dari=2024-01-01&sampai=2024-12-31"));
        Assert.Equal([elsewhere.Headline, recent.Headline, old.Headline], await HeadlinesAsync($"/cari/?q={marker}&urut=terbaru"));
    }

    [Fact]
    public async Task Search_Paginates_AndRefusesPagesPastTheEnd()
    {
        var marker = Unique();
        for (var i = 0; i < 12; i++) await An.Article().Tagged(marker).SaveAsync(app);
        await app.WaitForSearchAsync();
        var client = app.CreateReader();

        var (_, first) = await client.GetPageAsync($"/cari/?q={marker}");
        Assert.Equal(10, first.QuerySelectorAll(".search-results li").Length);
        var next = first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        Assert.Equal($"/cari/?q={marker}&halaman=2", next);
        var (_, second) = await client.GetPageAsync(next!);
        Assert.Equal(2, second.QuerySelectorAll(".search-results li").Length);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/cari/?q={marker}&halaman=3")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/cari/?q={marker}&halaman=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/cari/?q={marker}&halaman=0")).StatusCode);
    }

    [Fact]
    public async Task NoResults_SaysSoInTheSiteLanguage_AndSuggestsWhatToRead()
    {
        var latest = await An.Article().SaveAsync(app);
        await app.WaitForSearchAsync();

        var (response, page) = await app.CreateReader().GetPageAsync("/cari/?q=qwxzyv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tidak ada berita yang cocok dengan \"qwxzyv\"", page.Text(".no-results"), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".no-results .article-list h3 a"), a => a.TextContent == latest.Headline);
        Assert.Equal("noindex, follow", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Theory]
    [InlineData("/cari/?q=banjir&dari=kemarin", "Tanggal \"Dari\" tidak dikenali")]
    [InlineData("/cari/?q=banjir&dari=2024-05-01&sampai=2024-01-01", "jatuh setelah")]
    [InlineData("/cari/?q=banjir&rubrik=tidak-ada", "Rubrik itu tidak ada")]
    public async Task BadFilters_GiveAClearMessage_NotAnError(string url, string message)
    {
        var (response, page) = await app.CreateReader().GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.Text(".form-problems"), StringComparison.Ordinal);
        Assert.Equal("banjir", page.QuerySelector("#search-q")?.GetAttribute("value"));
    }

    [Fact]
    public async Task WordPressSearchUrl_RedirectsToWartasSearch()
    {
        var response = await app.CreateReader().GetAsync("/?s=harga+cabai");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/cari/?q=harga%20cabai", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Index_FollowsPublishEditAndUnpublish()
    {
        var marker = Unique();
        var article = await An.Article().Tagged(marker).Titled($"Judul awal {marker}").SaveAsync(app);
        await app.WaitForSearchAsync();
        Assert.Equal([article.Headline], await HeadlinesAsync($"/cari/?q={marker}"));

        await app.WithDbAsync(async db =>
        {
            var stored = await db.Articles.SingleAsync(a => a.Id == article.Id);
            stored.Headline = $"Judul diperbarui {marker}";
            await db.SaveChangesAsync();
        });
        await app.WaitForSearchAsync();
        Assert.Equal([$"Judul diperbarui {marker}"], await HeadlinesAsync($"/cari/?q=diperbarui+{marker}"));

        await app.WithDbAsync(async db =>
        {
            var stored = await db.Articles.SingleAsync(a => a.Id == article.Id);
            stored.Status = ArticleStatus.Unpublished;
            await db.SaveChangesAsync();
        });
        await app.WaitForSearchAsync();
        Assert.Empty(await HeadlinesAsync($"/cari/?q={marker}"));
    }

    [Fact]
    public async Task ScheduledArticle_IsNotFoundBeforeItsTime()
    {
        var marker = Unique();
        var future = await An.Article().Tagged(marker).PublishedAt(DateTime.UtcNow.AddHours(2)).SaveAsync(app);
        await app.WaitForSearchAsync();

        Assert.DoesNotContain(future.Headline, await HeadlinesAsync($"/cari/?q={marker}"));
    }

    [Fact]
    public async Task AQuotedPhrase_MustAppearAsSuch_ItsWordsStemmed()
    {
        var marker = Unique();
        var together = await An.Article().Tagged(marker).WithBody("Pedagang mengeluhkan harga cabai yang naik tajam.").SaveAsync(app);
        var stemmed = await An.Article().Tagged(marker).WithBody("Pemerintah menaikkan harga solar mulai besok.").SaveAsync(app);
        var apart = await An.Article().Tagged(marker).WithBody("Cabai rawit dijual murah, tetapi harga beras naik.").SaveAsync(app);
        await app.WaitForSearchAsync();

        var phrase = await HeadlinesAsync($"/cari/?q=%22harga+cabai%22+{marker}");
        Assert.Contains(together.Headline, phrase);
        Assert.DoesNotContain(apart.Headline, phrase);
        Assert.Equal(new[] { together.Headline, apart.Headline }.Order(), (await HeadlinesAsync($"/cari/?q=harga+cabai+{marker}")).Order());
        // Curly quotes, as phones type them, are quotes too; a quote left open runs to the end.
        Assert.DoesNotContain(apart.Headline, await HeadlinesAsync($"/cari/?q=%E2%80%9Charga+cabai%E2%80%9D+{marker}"));
        Assert.DoesNotContain(apart.Headline, await HeadlinesAsync($"/cari/?q={marker}+%22harga+cabai"));
        // The phrase's words are stemmed: "kenaikan harga" is "menaikkan harga", but not "harga beras naik".
        var rise = await HeadlinesAsync($"/cari/?q=%22kenaikan+harga%22+{marker}");
        Assert.Equal([stemmed.Headline], rise);
    }

    [Fact]
    public async Task AMinus_LeavesOutAWordOrPhrase_ButAHyphenInsideAWordIsNoMinus()
    {
        var marker = Unique();
        var jakarta = await An.Article().Tagged(marker).WithBody("Banjir merendam Jakarta Utara sejak subuh.").SaveAsync(app);
        var bekasi = await An.Article().Tagged(marker).WithBody("Banjir merendam Bekasi setelah hujan deras.").SaveAsync(app);
        await app.WaitForSearchAsync();

        Assert.Equal([bekasi.Headline], await HeadlinesAsync($"/cari/?q=banjir+-jakarta+{marker}"));
        Assert.Equal([bekasi.Headline], await HeadlinesAsync($"/cari/?q=banjir+-%22jakarta+utara%22+{marker}"));
        Assert.Equal([jakarta.Headline], await HeadlinesAsync($"/cari/?q=banjir+-bekasi+{marker}"));
        // Only exclusions: nothing to look for, and no error.
        var (response, page) = await app.CreateReader().GetPageAsync($"/cari/?q=-banjir");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll(".search-results h2 a"));
    }

    [Fact]
    public async Task ASearchThatFindsNothing_OffersTheNearestSpellingThatDoes()
    {
        var marker = Unique();
        await An.Article().Titled($"Gempa Guncang Cianjur {marker}").Tagged(marker).WithBody("Gempa mengguncang Cianjur siang tadi.").SaveAsync(app);
        await app.WaitForSearchAsync();

        // One letter wrong, the first: the typo-forgiving match keeps the first letter, so this finds nothing.
        var (_, page) = await app.CreateReader().GetPageAsync($"/cari/?q=sianjur+{marker}");
        Assert.Empty(page.QuerySelectorAll(".search-results h2 a"));
        var suggestion = page.QuerySelector("[data-testid=did-you-mean] a")!;
        Assert.Equal($"cianjur {marker}", suggestion.TextContent);
        Assert.NotEmpty(await HeadlinesAsync(suggestion.GetAttribute("href")!));

        // Nothing near enough: no suggestion rather than a wrong one.
        var (_, none) = await app.CreateReader().GetPageAsync($"/cari/?q=zzqxw+{marker}");
        Assert.Null(none.QuerySelector("[data-testid=did-you-mean]"));

        // Words the index holds are no typos, even when no story has both: "gempa" stays (not "gempar" or the like).
        await An.Article().Tagged(marker + "b").WithBody("Gempar warga desa.").SaveAsync(app);
        await app.WaitForSearchAsync();
        var (_, known) = await app.CreateReader().GetPageAsync($"/cari/?q=gempa+{marker}b");
        Assert.Empty(known.QuerySelectorAll(".search-results h2 a"));
        Assert.Null(known.QuerySelector("[data-testid=did-you-mean]"));
    }

    [Fact]
    public async Task ARepeatedSearch_SeesAStoryAsSoonAsTheIndexHasIt()
    {
        var marker = Unique();
        Assert.Empty(await HeadlinesAsync($"/cari/?q=bendungan+{marker}"));
        Assert.Empty(await HeadlinesAsync($"/cari/?q=bendungan+{marker}")); // the same search again, answered from memory

        var story = await An.Article().Tagged(marker).WithBody("Bendungan baru diresmikan presiden.").SaveAsync(app);
        await app.WaitForSearchAsync();

        Assert.Equal([story.Headline], await HeadlinesAsync($"/cari/?q=bendungan+{marker}"));
    }

    [Fact]
    public async Task StopWordRoots_ReachTheIndex_SoADerivedWordAndItsRootShareATerm_AndAPhraseKeepsThem()
    {
        var analyzers = app.Services.GetRequiredService<Warta.Web.Search.Analyzers>();
        List<string> Terms(string text) => Warta.Web.Search.TextAnalysis.Terms(analyzers.Indonesian, "text_id", text);
        Assert.Equal(["sudah"], Terms("sesudahnya"));
        Assert.Equal(["sudah"], Terms("sudah"));
        Assert.Equal(["antara"], Terms("perantara"));
        Assert.Equal(["antara"], Terms("antara"));
        Assert.Empty(Terms("dan yang di"));

        var marker = Unique();
        var after = await An.Article().Tagged(marker).WithBody("Mereka sudah rapat tadi pagi.").SaveAsync(app);
        var before = await An.Article().Tagged(marker).WithBody("Rapat sudah selesai sebelum siang.").SaveAsync(app);
        await app.WaitForSearchAsync();

        Assert.Equal([after.Headline], await HeadlinesAsync($"/cari/?q=%22sudah+rapat%22+{marker}"));
        Assert.Equal([after.Headline], await HeadlinesAsync($"/cari/?q=%22sesudahnya+rapat%22+{marker}"));
        // Outside quotes a stop-word root ranks but is not required: both stories have "rapat".
        Assert.Equal(2, (await HeadlinesAsync($"/cari/?q=sudah+rapat+{marker}")).Count);
    }
}
