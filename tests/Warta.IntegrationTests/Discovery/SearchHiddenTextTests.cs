namespace Warta.IntegrationTests.Discovery;

/// <summary>Search finds and quotes only what a reader of the page sees.</summary>
public class SearchHiddenTextTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task CommentsAndHiddenElements_AreNeitherShownNorIndexed_NorQuoted()
    {
        var story = await An.Article().Titled("Rapat Dewan Kota " + Guid.NewGuid().ToString("N")[..6]).WithHtmlBody("""
            <p>Dewan kota membahas anggaran pasar.</p>
            <!-- catatan redaksi: narasumber zamrudkhatulistiwa minta anonim > jangan terbit -->
            <div hidden>kode rahasia safirbirulaut</div>
            <p style="display: none">bocoran intanputihsalju</p>
            <span style="visibility:hidden">rubimerahdelima</span>
            """).SaveAsync(app);
        await app.WaitForSearchAsync();
        var reader = app.CreateReader();

        var (_, page) = await reader.GetPageAsync(WartaApp.UrlOf(story));
        var shown = page.QuerySelector(".article-body")!.TextContent;
        Assert.Contains("anggaran pasar", shown, StringComparison.Ordinal);
        foreach (var secret in new[] { "zamrudkhatulistiwa", "safirbirulaut", "intanputihsalju", "rubimerahdelima" })
        {
            Assert.DoesNotContain(secret, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
            var (_, results) = await reader.GetPageAsync("/cari/?q=" + secret);
            Assert.Null(results.QuerySelector(".search-results"));
        }
        var (_, found) = await reader.GetPageAsync("/cari/?q=anggaran+pasar");
        Assert.Contains(story.Headline, found.QuerySelector(".search-results")?.TextContent ?? "", StringComparison.Ordinal);
    }
}
