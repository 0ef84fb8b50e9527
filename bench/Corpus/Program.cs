// Search benchmark: writes a corpus of generated Indonesian articles into a fresh Warta data directory,
// rebuilds the search index with the app's own code, and measures index build rate and search latency.
// Usage: Warta.Bench.Corpus DATA_DIRECTORY ARTICLE_COUNT [--realistic] [--queries FILE]
//          --realistic: a dictionary-wide vocabulary drawn by Zipf's law (RealisticText) instead of the dense corpus,
//                       where a two-word search matches nearly half of everything; --queries writes the search mix
//                       (one search per line) for bench/search.lua
//        Warta.Bench.Corpus DATA_DIRECTORY --measure [--realistic] [--rebuild]   (search timings on an existing corpus)
//        Warta.Bench.Corpus DATA_DIRECTORY ARTICLE_COUNT --comments N [--skip K]   (adds N comments to the newest story, or the K-th after it)
//        Warta.Bench.Corpus --wxr FILE POSTS COMMENTS_PER_POST           (writes a WordPress export to import)
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Warta.Bench.Corpus;
using Warta.Web.Articles;
using Warta.Web.Authors;
using Warta.Web.Data;
using Warta.Web.Hosting;
using Warta.Web.Feeds;
using Warta.Web.Search;
using Warta.Web.Navigation;
using Warta.Web.Site;
using Warta.Web.Tags;

if (args is ["--wxr", var file, var posts, var perPost])
{
    WxrExport.Write(file, int.Parse(posts, CultureInfo.InvariantCulture), int.Parse(perPost, CultureInfo.InvariantCulture));
    return;
}
var directory = args[0];
if (args is [_, _, "--comments", var commentCount, ..])
{
    var skip = args is [.., "--skip", var k] ? int.Parse(k, CultureInfo.InvariantCulture) : 0;
    await CommentLoad.AddAsync(directory, int.Parse(commentCount, CultureInfo.InvariantCulture), skip);
    return;
}
var measureOnly = args.Contains("--measure");
var realistic = args.Contains("--realistic");
var queriesFile = args.SkipWhile(a => a != "--queries").Skip(1).FirstOrDefault();
var count = measureOnly ? 0 : int.Parse(args[1], CultureInfo.InvariantCulture);
var builder = WebApplication.CreateBuilder([$"--Warta:DataDirectory={directory}", "--Warta:SeedDemoContent=false"]);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
// The one composition root, as the site and its commands use it: writes take the same change path.
builder.AddWarta();
await using var app = builder.Build();
await app.PrepareAsync();

CorpusText text = realistic ? new RealisticText(42) : new IndonesianText(42);
var clock = Stopwatch.StartNew();
if (!measureOnly)
await using (var scope = app.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<WartaDb>();
    string[] sectionSlugs = ["nasional", "internasional", "ekonomi", "teknologi", "olahraga"];
    var sections = sectionSlugs
        .Select((s, i) => new Section { Slug = s, Name = char.ToUpperInvariant(s[0]) + s[1..], Position = i }).ToList();
    var authors = Enumerable.Range(1, 40).Select(i => new Author { Slug = $"penulis-{i}", Name = $"Penulis {i}" }).ToList();
    var tags = Enumerable.Range(1, 400).Select(i => new Tag { Slug = $"topik-{i}", Name = $"Topik {i}" }).ToList();
    db.AddRange(sections); db.AddRange(authors); db.AddRange(tags);
    await db.SaveChangesAsync();
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    var start = DateTime.UtcNow.AddYears(-5);
    for (var i = 0; i < count; i++)
    {
        var headline = text.Headline();
        var published = start.AddMinutes(i * (5.0 * 365 * 24 * 60 / count));
        var article = new Article
        {
            Slug = $"{Slug.From(headline)[..Math.Min(60, Slug.From(headline).Length)].Trim('-')}-{i}",
            Headline = headline, Dek = text.Sentence(), Body = text.Body(), SectionId = sections[text.Next(sections.Count)].Id,
            Status = ArticleStatus.Published, CreatedAt = published, PublishedAt = published,
        };
        article.Bylines.Add(new Byline { AuthorId = authors[text.Next(authors.Count)].Id, Role = CreditRole.Penulis });
        article.Tags.Add(tags[text.Next(tags.Count)]);
        db.Articles.Add(article);
        if (i % 2000 == 1999) { await db.SaveChangesAsync(); db.ChangeTracker.Clear(); db.AttachRange(tags); }
    }
    await db.SaveChangesAsync();
}
if (!measureOnly) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {count} articles written in {clock.Elapsed.TotalSeconds:F1} s"));

GC.Collect();
var before = GC.GetTotalMemory(forceFullCollection: true);
if (!measureOnly || args.Contains("--rebuild"))
{
    clock.Restart();
    await using var scope = app.Services.CreateAsyncScope();
    count = await scope.ServiceProvider.GetRequiredService<RebuildSearchIndex>().RunAsync(null, CancellationToken.None);
    var buildSeconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index build: {buildSeconds:F1} s, {count / buildSeconds:F0} articles/s"));
}
await using (var scope = app.Services.CreateAsyncScope())
    count = await scope.ServiceProvider.GetRequiredService<WartaDb>().Articles.CountAsync();

var search = app.Services.GetRequiredService<ArticleSearch>();
string[] mix = text is RealisticText words
    ? SearchMix.Realistic(words, 200)
    :
    [
        "kunjungan", "harga pasar", "perekonomian daerah", "nelayan pelabuhan", "Kim Jong Un", "Putn", "pembangunan sekolah",
        "banjir laut", "menteri keuangan", "petani", "penjualan", "keamanan desa", "Surabaya", "pendidikan anak", "senjata",
    ];
// Each search with the number of result pages it has, so the HTTP load asks only for pages that exist: a page past
// the end is a cheap 404, and a third of the load was those.
if (queriesFile is not null)
    await File.WriteAllLinesAsync(queriesFile, mix.Select(q =>
        $"{q}\t{Math.Max(1, (search.Run(new SearchRequest(q, null, null, null, SearchSort.Relevance, 1, 10)).Total + 9) / 10)}"));
foreach (var q in mix) search.Run(new SearchRequest(q, null, null, null, SearchSort.Relevance, 1, 10)); // warm-up
var timings = new List<double>();
// What a search leaves for the collector, and the pauses collecting it cost: both fell with the segment count.
var allocatedBefore = GC.GetTotalAllocatedBytes();
var pausedBefore = GC.GetTotalPauseDuration();
var hits = 0L;
var rounds = Math.Max(1, 1000 / mix.Length);
var wide = 0;
for (var round = 0; round < rounds; round++)
{
    foreach (var q in mix)
    {
        var t = Stopwatch.GetTimestamp();
        // Afresh every time: answers kept for repeated searches would otherwise make this a measure of a dictionary.
        var result = search.Run(new SearchRequest(q, round % 5 == 0 ? "ekonomi" : null, null, null, round % 3 == 0 ? SearchSort.Newest : SearchSort.Relevance, 1 + round % 2, 10), reuseRecent: false);
        timings.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        hits += result.Total;
        if (result.Total * 100L > count) wide++;
    }
}
var garbage = (GC.GetTotalAllocatedBytes() - allocatedBefore) / timings.Count;
var pauses = GC.GetTotalPauseDuration() - pausedBefore;
timings.Sort();
double P(double p) => timings[(int)Math.Min(timings.Count - 1, Math.Round(p * (timings.Count - 1)))];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"search ({timings.Count} queries, {mix.Length}-query mix, in-process, none from the recent-answers cache): p50 {P(0.50):F2} ms, p95 {P(0.95):F2} ms, p99 {P(0.99):F2} ms, mean hits {hits / timings.Count} ({100.0 * hits / timings.Count / Math.Max(1, count):F2} % of the corpus; {100.0 * wide / timings.Count:F0} % of searches match more than 1 %); {garbage / 1024} KB allocated per search, GC pauses {pauses.TotalMilliseconds:F0} ms in all"));
var managed = GC.GetTotalMemory(forceFullCollection: true);
using var process = Process.GetCurrentProcess();
process.Refresh();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"memory: managed heap {managed / 1048576.0:F0} MB (was {before / 1048576.0:F0} MB before indexing), peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB"));
// The live generation only: one replaced moments ago is deleted a few seconds after its last search.
var live = File.ReadAllText(Path.Combine(directory, "search", "current")).Trim();
var indexBytes = Directory.EnumerateFiles(Path.Combine(directory, "search", live), "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index size on disk: {indexBytes / 1048576.0:F0} MB; database {new FileInfo(Path.Combine(directory, "warta.db")).Length / 1048576.0:F0} MB"));
