using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Warta.Web.Comments;

namespace Warta.IntegrationTests.Site;

/// <summary>
/// Counts the SQL commands one page view sends, so an N+1 (a query per list item, per comment, per byline) shows up
/// as a failure. Commands are matched to the request by its trace id: other tests' apps, the background publisher and
/// the most-read flush run in the same process at the same time and must not be counted.
/// </summary>
public sealed class QueryCountTests(QueryCountTests.RenderApp app) : IClassFixture<QueryCountTests.RenderApp>, IDisposable
{
    /// <summary>Counts what rendering costs, so pages are rendered every time rather than served from the cache.</summary>
    public sealed class RenderApp : WartaApp
    {
        protected override bool OutputCache => false;
        protected override bool Snapshots => false; // the database path itself is what is counted
    }

    private readonly ConcurrentDictionary<ActivityTraceId, int> commands = new();
    private readonly List<IDisposable> subscriptions = [];
    private readonly ActivityListener requests = new()
    {
        // ASP.NET Core starts a request activity (continuing the client's traceparent) only when something listens.
        ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
    };

    private void Listen()
    {
        ActivitySource.AddActivityListener(requests);
        subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
        {
            if (listener.Name != DbLoggerCategory.Name) return;
            subscriptions.Add(listener.Subscribe(new Observer<KeyValuePair<string, object?>>(e =>
            {
                if (e.Key == RelationalEventId.CommandExecuted.Name && Activity.Current is { } request)
                    commands.AddOrUpdate(request.TraceId, 1, (_, n) => n + 1);
            })));
        })));
    }

    private async Task<int> QueriesForAsync(string path)
    {
        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        var response = await app.CreateReader().SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return commands.GetValueOrDefault(trace);
    }

    [Fact]
    public async Task ReaderPages_SendABoundedNumberOfQueries_HoweverLongTheirLists()
    {
        var section = await A.Section().SaveAsync(app);
        var writer = await An.Author().SaveAsync(app);
        var editor = await An.Author().SaveAsync(app);
        Web.Articles.Article? story = null;
        for (var i = 0; i < 25; i++)
            story = await An.Article().In(section).By(writer).By(editor, Web.Articles.CreditRole.Editor).Tagged("Banjir", $"Tag {i}")
                .PublishedAt(DateTime.UtcNow.AddHours(-i - 1)).SaveAsync(app);
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 20; i++)
                db.Comments.Add(new Comment { ArticleId = story!.Id, AuthorName = $"Pembaca {i}", AuthorEmail = $"p{i}@contoh.id", Text = $"Komentar ke-{i}.", Status = CommentStatus.Approved, CreatedAt = DateTime.UtcNow.AddMinutes(-i) });
            return await db.SaveChangesAsync();
        });
        Listen();
        // EF's command logger remembers "nobody is listening" for up to a second (its logging cache time), and pooled
        // contexts keep their logger, so commands are counted only once that memory has run out everywhere.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await QueriesForAsync("/"); // the first view fills the site-settings and section caches

        var counts = new Dictionary<string, int>
        {
            ["home"] = await QueriesForAsync("/"),
            ["article with 20 comments"] = await QueriesForAsync(WartaApp.UrlOf(story!)),
            ["section"] = await QueriesForAsync($"/rubrik/{section.Slug}/"),
            ["tag"] = await QueriesForAsync("/tag/banjir/"),
            ["author"] = await QueriesForAsync($"/penulis/{writer.Slug}/"),
            ["feed"] = await QueriesForAsync("/feed/"),
        };

        // Measured on 2026-11-25: home 4, article 3, section/tag/author 3, feed 1. Each bound leaves one query of room
        // and stays far below its lists (20 comments, 25 articles, 26 tags); the home page adds one query per section
        // block, and this site has one section.
        var bounds = new Dictionary<string, int>
        {
            ["home"] = 5, ["article with 20 comments"] = 4, ["section"] = 4, ["tag"] = 4, ["author"] = 4, ["feed"] = 2,
        };
        Assert.All(counts, c => Assert.True(c.Value >= 1 && c.Value <= bounds[c.Key], $"{c.Key}: {c.Value} queries (bound {bounds[c.Key]}); all: {string.Join(", ", counts)}"));
    }

    public void Dispose()
    {
        foreach (var s in subscriptions) s.Dispose();
        requests.Dispose();
    }

    private sealed class Observer<T>(Action<T> onNext) : IObserver<T>
    {
        public void OnNext(T value) => onNext(value);
        public void OnError(Exception error) { }
        public void OnCompleted() { }
    }
}
