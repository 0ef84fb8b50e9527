using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Search.Report;

namespace Warta.IntegrationTests.Discovery;

/// <summary>The newsroom's search report: what readers looked for and did not find, counted with nothing about them.</summary>
public class SearchReportTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task ReadersSearches_AreCountedPerQuery_AndTheDeskSeesTheTopAndTheFruitless()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await An.Article().Titled($"Banjir Rob Pesisir {marker}").WithBody("Banjir rob merendam pesisir utara.").SaveAsync(app);
        await app.WaitForSearchAsync();
        var reader = app.CreateReader();
        foreach (var q in new[] { $"banjir {marker}", $"Banjir  {marker}", $"BANJIR {marker} ", $"gempa {marker}", $"gempa {marker}" })
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/cari/?q={Uri.EscapeDataString(q)}")).StatusCode);
        await reader.GetAsync($"/cari/?q={Uri.EscapeDataString($"banjir {marker}")}&halaman=2"); // a further page is not another search

        await app.Services.GetRequiredService<SearchQueryFlusher>().FlushAsync(CancellationToken.None);

        var rows = await app.WithDbAsync(db => db.SearchQueryStats.Where(s => s.Query.Contains(marker)).OrderBy(s => s.Query).ToListAsync());
        Assert.Equal([($"banjir {marker}", 3, 0), ($"gempa {marker}", 2, 2)], rows.Select(r => (r.Query, r.Searches, r.Empty)).ToList());
        // What is kept about a search: the day, the words, two counts. Nothing about who searched.
        Assert.Equal(["Day", "Empty", "Id", "Query", "Searches"], typeof(SearchQueryStat).GetProperties().Select(p => p.Name).Order().ToList());

        var editor = await app.CreateClientAsAsync(NewsroomRoles.Editor);
        var (_, page) = await editor.GetPageAsync("/newsroom/pencarian/");
        Assert.Contains($"banjir {marker}|3|0", Rows(page, "top-queries"));
        Assert.Contains($"gempa {marker}|2", Rows(page, "empty-queries"));
        Assert.DoesNotContain(Rows(page, "empty-queries"), r => r.StartsWith($"banjir {marker}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CountsFromTwoFlushes_AddUp_AndOldDaysAreForgotten()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var log = app.Services.GetRequiredService<SearchQueryLog>();
        var flusher = app.Services.GetRequiredService<SearchQueryFlusher>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        log.Record(today, $"pemilu {marker}", foundNothing: false);
        await flusher.FlushAsync(CancellationToken.None);
        log.Record(today, $"pemilu {marker}", foundNothing: true);
        log.Record(today.AddDays(-(SearchQueryFlusher.KeepDays + 2)), $"lama {marker}", foundNothing: false);
        await flusher.FlushAsync(CancellationToken.None);

        var row = await app.WithDbAsync(db => db.SearchQueryStats.SingleAsync(s => s.Query == $"pemilu {marker}"));
        Assert.Equal((2, 1), (row.Searches, row.Empty));
        Assert.False(await app.WithDbAsync(db => db.SearchQueryStats.AnyAsync(s => s.Query == $"lama {marker}")));
    }

    private static List<string> Rows(AngleSharp.Dom.IDocument page, string table) =>
        page.QuerySelectorAll($"[data-testid={table}] tbody tr").Select(r => string.Join('|', r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()))).ToList();
}
