using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Warta.Web.Search;

namespace Warta.IntegrationTests.Discovery;

public class SearchRebuildTests(WartaApp app) : IClassFixture<WartaApp>
{
    [Fact]
    public async Task SearchesKeepAnswering_WhileTheIndexIsRebuilt()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 40; i++) await An.Article().Tagged(marker).WithBody($"Berita uji ke-{i} tentang pelabuhan.").SaveAsync(app);
        await app.WaitForSearchAsync();
        var client = app.CreateReader();

        Task<int> rebuild;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            rebuild = scope.ServiceProvider.GetRequiredService<RebuildSearchIndex>().RunAsync(null, CancellationToken.None);
            var answered = 0;
            while (!rebuild.IsCompleted || answered < 5)
            {
                var (response, page) = await client.GetPageAsync($"/cari/?q=pelabuhan+{marker}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("40 berita ditemukan", page.Text(".result-count"));
                answered++;
            }
            Assert.True(await rebuild >= 40);
        }

        // After the new generation goes live, the same search still finds everything.
        await Task.Delay(1100);
        var (_, after) = await client.GetPageAsync($"/cari/?q=pelabuhan+{marker}");
        Assert.Equal("40 berita ditemukan", after.Text(".result-count"));
    }

    [Fact]
    public async Task ChangesMadeDuringARebuild_AreNotLost()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await An.Article().Tagged(marker).SaveAsync(app);
        await app.WaitForSearchAsync();

        await using var scope = app.Services.CreateAsyncScope();
        var rebuild = scope.ServiceProvider.GetRequiredService<RebuildSearchIndex>();
        var builder = app.Services.GetRequiredService<ArticleIndex>().BeginRebuild();
        builder.Dispose(); // an abandoned rebuild leaves the live index alone
        var running = rebuild.RunAsync(null, CancellationToken.None);
        var during = await An.Article().Tagged(marker).SaveAsync(app);
        await running;
        await Task.Delay(1100);
        await app.WaitForSearchAsync();

        var (_, page) = await app.CreateReader().GetPageAsync($"/cari/?q={marker}");
        Assert.Contains(page.QuerySelectorAll(".search-results h2 a"), a => a.TextContent == during.Headline);
        Assert.Equal("2 berita ditemukan", page.Text(".result-count"));
    }

    [Fact]
    public async Task AnIndexAnalysedTheOldWay_IsRebuiltAtStart_AndFindsWhatTheNewAnalysisIndexes()
    {
        var data = Path.Combine(Path.GetTempPath(), "warta-tests", Guid.NewGuid().ToString("N"));
        var marker = Guid.NewGuid().ToString("N")[..8];
        string generation;
        await using (var first = new WartaApp(data) { DeleteDataOnDispose = false })
        {
            await An.Article().Tagged(marker).WithBody("Mereka sudah rapat tadi pagi.").SaveAsync(first);
            await first.WaitForSearchAsync();
            generation = File.ReadAllText(Path.Combine(data, "search", "current")).Trim();
        }
        // As an earlier version left it: its commit names no analysis.
        using (var directory = Lucene.Net.Store.FSDirectory.Open(Path.Combine(data, "search", generation)))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(Analyzers.Version,
                   new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(Analyzers.Version)) { OpenMode = Lucene.Net.Index.OpenMode.APPEND }))
        {
            writer.SetCommitData(new Dictionary<string, string> { ["journal"] = writer.CommitData["journal"] });
            writer.Commit();
        }

        await using var second = new WartaApp(data);
        second.CreateReader(); // starts the host
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (File.ReadAllText(Path.Combine(data, "search", "current")).Trim() == generation && DateTime.UtcNow < deadline) await Task.Delay(200);

        Assert.NotEqual(generation, File.ReadAllText(Path.Combine(data, "search", "current")).Trim());
        Assert.True(second.Services.GetRequiredService<ArticleIndex>().IsReady);
        await Task.Delay(1100);
        var (_, page) = await second.CreateReader().GetPageAsync($"/cari/?q=%22sudah+rapat%22+{marker}");
        Assert.Equal("1 berita ditemukan", page.Text(".result-count"));
    }

    [Fact]
    public async Task ARebuild_RemovesTheGenerationsOlderThanTheOneItReplaced()
    {
        var search = Path.Combine(app.DataDirectory, "search");
        // Left behind by earlier rebuild commands, untouched for an hour; and one written just now (a rebuild filling it).
        var stale = Directory.CreateDirectory(Path.Combine(search, "gen-20200101000000000-abcdef")).FullName;
        await File.WriteAllTextAsync(Path.Combine(stale, "_0.fdt"), "");
        Directory.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-1));
        var busy = Directory.CreateDirectory(Path.Combine(search, "gen-20200102000000000-abcdef")).FullName;
        string Current() => File.ReadAllText(Path.Combine(search, "current")).Trim();

        await using var scope = app.Services.CreateAsyncScope();
        var rebuild = scope.ServiceProvider.GetRequiredService<RebuildSearchIndex>();
        await rebuild.RunAsync(null, CancellationToken.None);
        var replaced = Current();
        await rebuild.RunAsync(null, CancellationToken.None);

        Assert.False(Directory.Exists(stale));
        Assert.True(Directory.Exists(busy));
        Assert.True(Directory.Exists(Path.Combine(search, replaced)));   // a site may still serve it for a few seconds
        Assert.True(Directory.Exists(Path.Combine(search, Current())));
        Assert.NotEqual(replaced, Current());
    }

    [Fact]
    public async Task AnAbandonedRebuild_LeavesNoFilesBehind()
    {
        await app.WaitForSearchAsync();
        var index = app.Services.GetRequiredService<ArticleIndex>();
        var search = Path.Combine(app.DataDirectory, "search");
        var before = Directory.GetDirectories(search, "gen-*").Order().ToList();
        var builder = index.BeginRebuild();
        Assert.Equal(before.Count + 1, Directory.GetDirectories(search, "gen-*").Length);
        builder.Dispose();
        Assert.Equal(before, Directory.GetDirectories(search, "gen-*").Order().ToList());
    }
}
