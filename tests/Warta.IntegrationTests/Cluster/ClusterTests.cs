using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Newsroom.Audit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Warta.IntegrationTests.Cluster;

/// <summary>Runs a class's tests in the order of their names: the cluster's day goes step by step.</summary>
public sealed class ByName : ITestCaseOrderer
{
    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase =>
        testCases.OrderBy(t => t.TestMethod.Method.Name, StringComparer.Ordinal);
}

/// <summary>
/// A newsroom's day on three nodes behind nginx, on PostgreSQL and Redis: everything a reader or an editor does
/// through the balancer is seen on every node, tokens made on one node work on all, limits and the scheduler hold
/// across nodes, Redis may go away for a while, and a node killed mid-load loses no acknowledged write.
/// </summary>
[Trait("Provider", "Cluster")]
[TestCaseOrderer("Warta.IntegrationTests.Cluster.ByName", "Warta.IntegrationTests")]
public class ClusterTests(ThreeNodes cluster) : IClassFixture<ThreeNodes>
{
    private static readonly CookieContainer AdminCookies = new();

    private static HttpClient Client(string baseUrl, CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };

    private HttpClient Admin(string? baseUrl = null) => Client(baseUrl ?? cluster.Balancer, AdminCookies);

    private async Task EventuallyAsync(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new XunitException($"Not within {seconds} s: {what}{cluster.Logs()}");
            await Task.Delay(100);
        }
    }

    private async Task<bool> EveryNodeAsync(Func<HttpClient, Task<bool>> check, params int[] nodes)
    {
        foreach (var n in nodes.Length == 0 ? Enumerable.Range(1, ThreeNodes.Nodes) : nodes)
        {
            using var client = Client(cluster.Node(n));
            if (!await check(client)) return false;
        }
        return true;
    }

    private static async Task<bool> ShowsAsync(HttpClient client, string url, string text)
    {
        var response = await client.GetAsync(url);
        return response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains(text, StringComparison.Ordinal);
    }

    /// <summary>The editor's form as the page has it (every field with its value), ready to change and send.</summary>
    private static async Task<Dictionary<string, string>> EditorFormAsync(HttpClient client, string url)
    {
        var form = Html.Parse(await client.GetStringAsync(url)).QuerySelector("#editor")!;
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = input.GetAttribute("name")!;
            if (name == "__RequestVerificationToken" || (input.GetAttribute("type") is "checkbox" or "radio" && !input.HasAttribute("checked"))) continue;
            if (input.GetAttribute("type") is "submit" or "file") continue;
            // The first value of a name wins, as the model binder takes it (a ticked box before its hidden "false").
            fields.TryAdd(name, input.LocalName switch
            {
                "textarea" => input.TextContent,
                // Nothing chosen yet (a new story): the first real choice, as an editor would pick one.
                "select" => (input.QuerySelector("option[selected]") ?? input.QuerySelectorAll("option").FirstOrDefault(o => o.GetAttribute("value") is { Length: > 0 } v && v != "0"))
                    ?.GetAttribute("value") ?? "",
                _ => input.GetAttribute("value") ?? "",
            });
        }
        return fields;
    }

    private async Task<Article> StoryAsync(string headline)
    {
        await using var db = cluster.Database();
        return await db.Articles.AsNoTracking().SingleAsync(a => a.Headline == headline);
    }

    private static async Task<HttpResponseMessage> EditorPostAsync(HttpClient client, string url, Dictionary<string, string> form, string act)
    {
        form["act"] = act;
        var response = await client.PostFormAsync(url, form, "#editor");
        if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
            throw new XunitException("The editor refused the form: " + Html.Parse(await response.Content.ReadAsStringAsync()).Text(".nr-problem")
                + "\nSent: " + string.Join("; ", form.Select(f => $"{f.Key}={f.Value}")));
        return response;
    }

    [Fact]
    public async Task A_SignInAndForms_HopNodes_AndEveryEditIsSeenOnEveryNode()
    {
        var admin = Admin();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync(ThreeNodes.AdminEmail, ThreeNodes.AdminPassword)).StatusCode);
        // The cookie one node made opens the newsroom on every node (one data-protection key ring, in Redis).
        for (var n = 1; n <= ThreeNodes.Nodes; n++)
            Assert.Equal(HttpStatusCode.OK, (await Admin(cluster.Node(n)).GetAsync("/newsroom/")).StatusCode);
        // Every node has its front page in its output cache before the change.
        Assert.True(await EveryNodeAsync(async c => (await c.GetAsync("/")).StatusCode == HttpStatusCode.OK));

        var headline = "Jembatan Baru Klaster " + Guid.NewGuid().ToString("N")[..6];
        var form = await EditorFormAsync(admin, "/newsroom/artikel/tulis/");
        (form["Form.Headline"], form["Form.Body"], form["Form.Language"]) = (headline, "Warga menyeberang sungai tanpa rakit.", "id");
        // The form's token comes from one node, the post lands on another (round-robin).
        Assert.Equal(HttpStatusCode.Redirect, (await EditorPostAsync(admin, "/newsroom/artikel/tulis/", form, "Publish")).StatusCode);
        var story = await StoryAsync(headline);
        var url = WartaApp.UrlOf(story);
        await EventuallyAsync(() => EveryNodeAsync(c => ShowsAsync(c, "/", headline)), "the new story on every node's front page");
        Assert.True(await EveryNodeAsync(c => ShowsAsync(c, url, headline)));

        var renamed = headline + " (diperbarui)";
        var edit = await EditorFormAsync(admin, $"/newsroom/artikel/tulis/{story.Id}/");
        edit["Form.Headline"] = renamed;
        Assert.Equal(HttpStatusCode.Redirect, (await EditorPostAsync(admin, $"/newsroom/artikel/tulis/{story.Id}/", edit, "Save")).StatusCode);
        await EventuallyAsync(() => EveryNodeAsync(async c => await ShowsAsync(c, url, renamed) && await ShowsAsync(c, "/", renamed)),
            "the edited headline on every node's story page and front page");

        await using var db = cluster.Database();
        var section = await db.Sections.AsNoTracking().SingleAsync(s => s.Id == story.SectionId);
        var sectionName = "Rubrik Klaster " + Guid.NewGuid().ToString("N")[..6];
        Assert.True(await EveryNodeAsync(c => ShowsAsync(c, url, section.Name)));
        await admin.PostFormAsync("/newsroom/rubrik/?handler=Save", new()
        {
            ["id"] = section.Id.ToString(CultureInfo.InvariantCulture), ["name"] = sectionName, ["slug"] = section.Slug,
            ["position"] = section.Position.ToString(CultureInfo.InvariantCulture),
        }, "form.nr-narrow");
        Assert.Equal(sectionName, await db.Sections.AsNoTracking().Where(s => s.Id == section.Id).Select(s => s.Name).SingleAsync());
        await EventuallyAsync(() => EveryNodeAsync(c => ShowsAsync(c, url, sectionName)), "the renamed section on every node");
    }

    [Fact]
    public async Task B0_ALiveEntryPostedThroughOneNode_ReachesAReaderHeldOnAnother()
    {
        var headline = "Liputan Langsung Klaster " + Guid.NewGuid().ToString("N")[..6];
        var admin = Admin();
        var form = await EditorFormAsync(admin, "/newsroom/artikel/tulis/");
        (form["Form.Headline"], form["Form.Body"], form["Form.Language"]) = (headline, "Banjir melanda tiga kecamatan sejak dini hari.", "id");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorPostAsync(admin, "/newsroom/artikel/tulis/", form, "Publish")).StatusCode);
        var story = await StoryAsync(headline);
        var desk = $"/newsroom/artikel/tulis/{story.Id}/langsung/";
        var first = Admin(cluster.Node(1));
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(desk, [], "#live-start")).StatusCode);

        // A reader's page on node 2 asks as the page's script does: with the ETag it last had.
        using var reader = Client(cluster.Node(2));
        var poll = $"/langsung/{story.Id}/";
        System.Net.Http.Headers.EntityTagHeaderValue? etag = null;
        await EventuallyAsync(async () =>
        {
            var response = await reader.GetAsync(poll);
            etag = response.Headers.ETag;
            return response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("\"live\":true", StringComparison.Ordinal);
        }, "the coverage as live on node 2");
        using (var unchanged = new HttpRequestMessage(HttpMethod.Get, poll))
        {
            unchanged.Headers.IfNoneMatch.Add(etag!);
            Assert.Equal(HttpStatusCode.NotModified, (await reader.SendAsync(unchanged)).StatusCode);
        }

        var words = "Air mulai surut di kecamatan hilir " + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(desk, new() { ["EntryBody"] = words, ["EntryHeadline"] = "" }, "#live-composer")).StatusCode);
        var posted = Stopwatch.StartNew();
        await EventuallyAsync(async () =>
        {
            using var ask = new HttpRequestMessage(HttpMethod.Get, poll);
            ask.Headers.IfNoneMatch.Add(etag!);
            var response = await reader.SendAsync(ask);
            return response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains(words, StringComparison.Ordinal);
        }, "the entry posted through node 1 in node 2's answer to a waiting reader", seconds: 10);
        Assert.True(await EveryNodeAsync(c => ShowsAsync(c, WartaApp.UrlOf(story), words)));
        Console.WriteLine($"live entry from node 1 to a reader on node 2: {posted.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task B_ACommentFlood_IsStoppedAcrossNodes()
    {
        await using var db = cluster.Database();
        var story = await db.Articles.AsNoTracking().Where(ArticleVisibility.Published).Where(a => a.Password == null && a.CommentsOpen).OrderBy(a => a.Id).FirstAsync();
        var reader = Client(cluster.Balancer);
        var url = WartaApp.UrlOf(story);

        // Round-robin spreads the posts over the nodes: each alone would allow PostsPerMinute; together they allow that many.
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < ThreeNodes.PostsPerMinute + 2; i++)
            answers.Add((await reader.PostCommentAsync(url, $"Komentar ke-{i} dari pembaca yang sama.")).StatusCode);

        Assert.All(answers.Take(ThreeNodes.PostsPerMinute), a => Assert.NotEqual(HttpStatusCode.TooManyRequests, a));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[ThreeNodes.PostsPerMinute]);
        // Claiming another address does not help: a node believes X-Forwarded-For only as far as its known proxy saw it.
        var (action, antiforgery, timer) = await reader.FormTokensAsync(url);
        using var spoofed = new HttpRequestMessage(HttpMethod.Post, action)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = antiforgery, ["Comment.Token"] = timer, ["Comment.Comment"] = "Dari alamat lain, katanya.",
                ["Comment.Author"] = "Budi", ["Comment.Email"] = "budi@contoh.id",
            }),
        };
        spoofed.Headers.Add("X-Forwarded-For", "198.51.100.7");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await reader.SendAsync(spoofed)).StatusCode);
    }

    [Fact]
    public async Task B2_ViewsCountedOnEveryNode_AddUp_AReloadOnAnotherNodeIsNoNewView_AndOneAddressHasAnAllowance()
    {
        await using var db = cluster.Database();
        var story = await db.Articles.AsNoTracking().Where(ArticleVisibility.Published).Where(a => a.Password == null).OrderByDescending(a => a.Id).FirstAsync();
        var before = await db.ArticleViewCounts.Where(v => v.ArticleId == story.Id).SumAsync(v => (int?)v.Views) ?? 0;

        // Four readers per node (each its own browser and address, as the balancer on loopback reports it), every node
        // counting and flushing its own views.
        for (var n = 1; n <= ThreeNodes.Nodes; n++)
        {
            using var node = Client(cluster.Node(n));
            for (var r = 0; r < 4; r++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, WartaApp.UrlOf(story));
                request.Headers.TryAddWithoutValidation("User-Agent", $"Mozilla/5.0 (X11; Linux x86_64) Pembaca/{n}.{r}");
                request.Headers.Add("X-Forwarded-For", $"203.0.113.{(n * 10) + r}");
                Assert.Equal(HttpStatusCode.OK, (await node.SendAsync(request)).StatusCode);
            }
        }

        async Task<int> StoredAsync()
        {
            await using var check = cluster.Database();
            return await check.ArticleViewCounts.Where(v => v.ArticleId == story.Id).SumAsync(v => (int?)v.Views) ?? 0;
        }
        await EventuallyAsync(async () => await StoredAsync() == before + 12, "twelve views from three nodes adding up to twelve");

        // One reader reloading through every node is one view, not one per node (reload detection shared in Redis).
        for (var n = 1; n <= ThreeNodes.Nodes; n++)
        {
            using var node = Client(cluster.Node(n));
            using var request = new HttpRequestMessage(HttpMethod.Get, WartaApp.UrlOf(story));
            request.Headers.TryAddWithoutValidation("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Pembaca/yang-sama");
            request.Headers.Add("X-Forwarded-For", "203.0.113.99");
            Assert.Equal(HttpStatusCode.OK, (await node.SendAsync(request)).StatusCode);
        }
        await EventuallyAsync(async () => await StoredAsync() >= before + 13, "the reloading reader's view");

        // One address rotating browsers through every node adds its allowance (3), not one view per browser.
        for (var i = 0; i < 12; i++)
        {
            using var node = Client(cluster.Node((i % ThreeNodes.Nodes) + 1));
            using var request = new HttpRequestMessage(HttpMethod.Get, WartaApp.UrlOf(story));
            request.Headers.TryAddWithoutValidation("User-Agent", $"Mozilla/5.0 (X11; Linux x86_64) Skrip/{i}");
            request.Headers.Add("X-Forwarded-For", "198.51.100.23");
            Assert.Equal(HttpStatusCode.OK, (await node.SendAsync(request)).StatusCode);
        }
        await EventuallyAsync(async () => await StoredAsync() >= before + 16, "the rotating address's allowance");
        await Task.Delay(TimeSpan.FromSeconds(4)); // every node has flushed (each second) several times since
        Assert.Equal(before + 16, await StoredAsync());
    }

    [Fact]
    public async Task C_AScheduledStory_GoesLiveExactlyOnce_WhicheverSchedulerWakesFirst()
    {
        var admin = Admin();
        var headline = "Terbit Terjadwal Klaster " + Guid.NewGuid().ToString("N")[..6];
        var form = await EditorFormAsync(admin, "/newsroom/artikel/tulis/");
        (form["Form.Headline"], form["Form.Body"], form["Form.Language"]) = (headline, "Terbit sendiri beberapa detik lagi.", "id");
        form["Form.ScheduleAt"] = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddSeconds(6), WartaApp.Wib).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await EditorPostAsync(admin, "/newsroom/artikel/tulis/", form, "Schedule")).StatusCode);
        var story = await StoryAsync(headline);
        Assert.Equal(ArticleStatus.Scheduled, story.Status);

        await EventuallyAsync(async () => (await StoryAsync(headline)).Status == ArticleStatus.Published, "the scheduled story going live");
        // Three schedulers tick every second: give them all a few more chances to publish it again.
        await Task.Delay(TimeSpan.FromSeconds(4));

        await using var db = cluster.Database();
        var subject = $"#{story.Id} ";
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.Published && e.Subject.StartsWith(subject)));
        Assert.True(await EveryNodeAsync(c => ShowsAsync(c, WartaApp.UrlOf(story), headline)));
    }

    [Fact]
    public async Task D_AStoryImportedByTheCommand_IsFoundBySearchOnEveryNode()
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "Import", "fixtures", "warta-export-1.2.xml");

        var (exit, output) = await cluster.CommandAsync(null, "import", "wordpress", fixture, "--no-fetch");

        Assert.True(exit == 0, output);
        await using var db = cluster.Database();
        var story = await db.Articles.AsNoTracking().SingleAsync(a => a.WordPressId == 101);
        await EventuallyAsync(() => EveryNodeAsync(c => ShowsAsync(c, "/cari/?q=" + Uri.EscapeDataString("banjir rob pesisir"), $"href=\"{WartaApp.UrlOf(story)}\"")),
            "the imported story in every node's search");
    }

    [Fact]
    public async Task D2_AnUploadOnTheImportPage_IsMappedRunAndReportedWhicheverNodeAnswers()
    {
        var admin = Admin();
        var page = Html.Parse(await admin.GetStringAsync("/newsroom/impor/"));
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent("false"), "fetch" },
            { new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Import", "fixtures", "pindahan-https-minified.xml"))), "file", "pindahan.xml" },
        };
        var staged = await admin.PostAsync("/newsroom/impor/", upload);
        Assert.Equal(HttpStatusCode.Redirect, staged.StatusCode);

        // Each of these requests goes to the next node: the mapping step, its answer, the progress and the report.
        var step = Html.Parse(await admin.GetStringAsync(staged.Headers.Location));
        var form = step.QuerySelector("form.imp-map")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!)).ToList();
        var started = await admin.PostAsync("/newsroom/impor/?handler=Start", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var job = started.Headers.Location!.ToString();
        await EventuallyAsync(async () =>
        {
            using var progress = System.Text.Json.JsonDocument.Parse(await admin.GetStringAsync(job.Replace("?job=", "?handler=Progress&job=", StringComparison.Ordinal)));
            return progress.RootElement.GetProperty("finished").GetBoolean();
        }, "the import finishing, as seen from whichever node answers", 60);
        for (var n = 1; n <= ThreeNodes.Nodes; n++)
        {
            var summary = Html.Parse(await Admin(cluster.Node(n)).GetStringAsync(job));
            Assert.True(summary.QuerySelector(".nr-ok") is { } done && done.TextContent.Contains("Selesai:", StringComparison.Ordinal),
                $"node {n}: " + (summary.QuerySelector(".nr-problem")?.TextContent ?? summary.QuerySelector("main")?.TextContent) + cluster.Logs());
            var report = await Admin(cluster.Node(n)).GetStringAsync(job.Replace("?job=", "?handler=Report&job=", StringComparison.Ordinal));
            Assert.StartsWith("wordpress_id,type,title,outcome", report.TrimStart('\uFEFF'), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task E_WhileRedisIsDown_NodesKeepServingAndFollowingChanges_AndCatchUpWhenItReturns()
    {
        var admin = Admin(cluster.Node(1));
        var headline = "Saat Redis Padam " + Guid.NewGuid().ToString("N")[..6];
        var form = await EditorFormAsync(admin, "/newsroom/artikel/tulis/");
        (form["Form.Headline"], form["Form.Body"], form["Form.Language"]) = (headline, "Ditulis sebelum Redis berhenti.", "id");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorPostAsync(admin, "/newsroom/artikel/tulis/", form, "Publish")).StatusCode);
        var story = await StoryAsync(headline);
        var url = WartaApp.UrlOf(story);
        await EventuallyAsync(() => EveryNodeAsync(c => ShowsAsync(c, url, headline)), "the story on every node");

        cluster.StopRedis();
        try
        {
            var renamed = headline + " tanpa Redis";
            var edit = await EditorFormAsync(admin, $"/newsroom/artikel/tulis/{story.Id}/");
            edit["Form.Headline"] = renamed;
            Assert.Equal(HttpStatusCode.Redirect, (await EditorPostAsync(admin, $"/newsroom/artikel/tulis/{story.Id}/", edit, "Save")).StatusCode);
            // No wake-up on the channel: the journal, read every second, still carries the change to the other nodes.
            await EventuallyAsync(() => EveryNodeAsync(c => ShowsAsync(c, url, renamed), 2, 3), "an edit made while Redis is down, on the other nodes");
            using (var node = Client(cluster.Node(2)))
                Assert.Equal(HttpStatusCode.ServiceUnavailable, (await node.GetAsync("/readyz")).StatusCode);
            var reader = Client(cluster.Balancer);
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(url)).StatusCode);
                await Task.Delay(200);
            }
        }
        finally
        {
            cluster.StartRedis();
        }

        await EventuallyAsync(() => EveryNodeAsync(async c => (await c.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK), "every node ready again once Redis is back", 60);
        var back = headline + " Redis kembali";
        var again = await EditorFormAsync(admin, $"/newsroom/artikel/tulis/{story.Id}/");
        again["Form.Headline"] = back;
        Assert.Equal(HttpStatusCode.Redirect, (await EditorPostAsync(admin, $"/newsroom/artikel/tulis/{story.Id}/", again, "Save")).StatusCode);
        await EventuallyAsync(() => EveryNodeAsync(c => ShowsAsync(c, url, back)), "an edit after Redis returned, on every node");
    }

    [Fact]
    public async Task F_KillingANodeMidLoad_LosesNoAcknowledgedWrite_AndTheOthersKeepServing()
    {
        var admin = Admin();
        var reader = Client(cluster.Balancer);
        var batch = Guid.NewGuid().ToString("N")[..6];
        var acknowledged = new List<string>();
        var readFailures = 0;
        for (var i = 0; i < 30; i++)
        {
            if (i == 10) Process.GetProcessById(cluster.ProcessIdOf(2)).Kill(); // kill -9: no draining, no goodbye
            var headline = $"Draf Beban {batch} {i}";
            try
            {
                var form = await EditorFormAsync(admin, "/newsroom/artikel/tulis/");
                (form["Form.Headline"], form["Form.Body"], form["Form.Language"]) = (headline, "Ditulis saat sebuah simpul mati.", "id");
                if ((await EditorPostAsync(admin, "/newsroom/artikel/tulis/", form, "Save")).StatusCode == HttpStatusCode.Redirect) acknowledged.Add(headline);
            }
            catch (HttpRequestException) { /* not acknowledged: the writer would try again */ }
            if ((await reader.GetAsync("/")).StatusCode != HttpStatusCode.OK) readFailures++;
        }

        await using var db = cluster.Database();
        var stored = await db.Articles.AsNoTracking().Where(a => a.Headline.StartsWith($"Draf Beban {batch} ")).Select(a => a.Headline).ToListAsync();
        Assert.Empty(acknowledged.Except(stored));
        Assert.True(acknowledged.Count >= 25, $"only {acknowledged.Count} of 30 writes were acknowledged");
        Assert.Equal(0, readFailures);
        Assert.True(await EveryNodeAsync(async c => (await c.GetAsync("/")).StatusCode == HttpStatusCode.OK, 1, 3));
    }
}
