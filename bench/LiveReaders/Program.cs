// Live coverage benchmark client: thousands of readers holding a live story open, each on its own connection and
// asking for updates as the page's script does (about once a second, with the ETag it last had), while an editor,
// signed in through the newsroom's own form, posts an entry every few seconds from the live desk.
// Measures delivery latency (from the moment the editor sends the entry to the moment each reader's answer holds it),
// what the readers' asking costs (answers, 304s, errors) and prints one summary.
// Usage: Warta.Bench.LiveReaders BASE_URL STORY_PATH EMAIL PASSWORD READERS SECONDS [ENTRY_EVERY_SECONDS]
//        prints "READY" once every reader holds its connection and has the page's current answer.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

var (baseUrl, storyPath, email, password) = (args[0], args[1], args[2], args[3]);
var readers = int.Parse(args[4], CultureInfo.InvariantCulture);
var seconds = int.Parse(args[5], CultureInfo.InvariantCulture);
var every = args.Length > 6 ? int.Parse(args[6], CultureInfo.InvariantCulture) : 5;
var pollEvery = TimeSpan.FromSeconds(1);

var editor = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
async Task<HttpResponseMessage> PostFormAsync(string page, string action, Dictionary<string, string> fields)
{
    var html = await editor.GetStringAsync(page);
    var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    fields["__RequestVerificationToken"] = token;
    return await editor.PostAsync(action, new FormUrlEncodedContent(fields));
}
var signedIn = await PostFormAsync("/newsroom/masuk/", "/newsroom/masuk/", new() { ["Email"] = email, ["Password"] = password });
if (signedIn.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException("sign-in failed: " + signedIn.StatusCode);
// As a reader has it: a signed-in editor's page carries its comment token itself, not the address to fetch one from.
using var anonymous = new HttpClient { BaseAddress = new Uri(baseUrl) };
var story = await anonymous.GetStringAsync(storyPath);
var id = int.Parse(Regex.Match(story, "/komentar/token/(\\d+)/").Groups[1].Value, CultureInfo.InvariantCulture);
var desk = $"/newsroom/artikel/tulis/{id}/langsung/";
await PostFormAsync(desk, desk + "?handler=Start", []);
var poll = $"/langsung/{id}/";

var posted = new ConcurrentDictionary<int, long>(); // entry id → when the editor sent it (Stopwatch ticks)
var seen = new ConcurrentBag<(int Entry, long At)>();
long answers = 0, unchanged = 0, errors = 0;
var entryIds = new Regex("\"id\":(\\d+),\"changed\"", RegexOptions.Compiled);
var stop = new CancellationTokenSource();
var connected = new CountdownEvent(readers);

async Task ReadAsync(int n)
{
    using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10) }) { BaseAddress = new Uri(baseUrl) };
    EntityTagHeaderValue? etag = null;
    var known = new HashSet<int>();
    var first = true;
    // Readers arrive spread over the ramp and ask at their own phase of the second, as real pages do.
    await Task.Delay(n * 2 % 3000);
    while (!stop.IsCancellationRequested)
    {
        try
        {
            using var ask = new HttpRequestMessage(HttpMethod.Get, poll);
            if (etag is not null) ask.Headers.IfNoneMatch.Add(etag);
            using var response = await client.SendAsync(ask, stop.Token);
            var at = Stopwatch.GetTimestamp();
            if (response.StatusCode == HttpStatusCode.NotModified) Interlocked.Increment(ref unchanged);
            else if (response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref answers);
                etag = response.Headers.ETag;
                var body = await response.Content.ReadAsStringAsync(stop.Token);
                foreach (Match m in entryIds.Matches(body))
                {
                    var entry = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                    if (known.Add(entry) && !first) seen.Add((entry, at));
                }
            }
            else Interlocked.Increment(ref errors);
        }
        catch (OperationCanceledException) { break; }
        catch (HttpRequestException) { Interlocked.Increment(ref errors); }
        if (first) { first = false; connected.Signal(); }
        try { await Task.Delay(pollEvery, stop.Token); } catch (OperationCanceledException) { break; }
    }
}

var readerTasks = Enumerable.Range(0, readers).Select(n => Task.Run(() => ReadAsync(n))).ToArray();
connected.Wait();
Console.WriteLine("READY");
var clock = Stopwatch.StartNew();
var count = 0;
while (clock.Elapsed.TotalSeconds < seconds)
{
    var sent = Stopwatch.GetTimestamp();
    var response = await PostFormAsync(desk, desk + "?handler=Entry",
        new() { ["EntryHeadline"] = "", ["EntryBody"] = $"Pembaruan ke-{++count}: petugas melaporkan perkembangan terbaru dari lokasi." });
    var location = response.Headers.Location?.ToString() ?? "";
    var entry = Regex.Match(location, "#entri-(\\d+)");
    if (!entry.Success) throw new InvalidOperationException("posting failed: " + response.StatusCode);
    posted[int.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture)] = sent;
    await Task.Delay(TimeSpan.FromSeconds(every));
}
await Task.Delay(TimeSpan.FromSeconds(3)); // the last entry's way to every reader
stop.Cancel();
await Task.WhenAll(readerTasks);

var latencies = seen.Where(s => posted.ContainsKey(s.Entry)).Select(s => Stopwatch.GetElapsedTime(posted[s.Entry], s.At).TotalMilliseconds).Order().ToList();
var expected = (long)posted.Count * readers;
double P(double p) => latencies.Count == 0 ? double.NaN : latencies[(int)Math.Min(latencies.Count - 1, Math.Round(p * (latencies.Count - 1)))];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"readers {readers}, entries {posted.Count} (one every {every} s), deliveries {latencies.Count} of {expected}; latency from sending to a reader holding it: p50 {P(0.5):F0} ms, p99 {P(0.99):F0} ms, max {P(1):F0} ms; asks answered 200: {answers}, 304: {unchanged}, errors: {errors}"));
