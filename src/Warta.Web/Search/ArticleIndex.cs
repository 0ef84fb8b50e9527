using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Options;
using Warta.Web.Data;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Warta.Web.Search;

/// <summary>
/// The search index in the data directory. It lives in generations (search/gen-…): a rebuild, from this process or
/// from the <c>search rebuild</c> command, writes a new generation beside the live one and then names it in
/// search/current; until that moment every search is answered by the old one. Each process holds a writer only on
/// the generation it serves, so a rebuild never waits on the site's lock.
/// </summary>
public sealed class ArticleIndex : IDisposable
{
    private const string CurrentFile = "current";
    private readonly string root;
    private readonly Analyzers analyzers;
    private readonly System.Threading.Lock gate = new();
    private readonly ConcurrentDictionary<int, DateTime> recentlyIndexed = new();
    private Generation? live;
    private DateTime currentStamp;
    private long lastCheckTicks;

    public ArticleIndex(IOptions<WartaOptions> options, Analyzers analyzers)
    {
        root = Path.Combine(options.Value.DataDirectoryPath, "search");
        System.IO.Directory.CreateDirectory(root);
        this.analyzers = analyzers;
    }

    public Analyzer Analyzer => PerField(analyzers);

    /// <summary>Raised with the new generation's start time when a rebuild's generation goes live.</summary>
    public event Action<DateTime>? GenerationChanged;

    /// <summary>True once a generation with a complete build, analysed as this version analyses, is live.</summary>
    public bool IsReady => File.Exists(Path.Combine(root, CurrentFile))
        && Live().Writer.CommitData.TryGetValue(AnalysisKey, out var analysis) && analysis == AnalysisVersion;

    /// <summary>Runs <paramref name="work"/> with a searcher over the latest committed or flushed state.</summary>
    public T Search<T>(Func<IndexSearcher, T> work)
    {
        var generation = Live();
        generation.Searchers.MaybeRefresh();
        var searcher = generation.Searchers.Acquire();
        try { return work(searcher); }
        finally { generation.Searchers.Release(searcher); }
    }

    public void Upsert(int id, Lucene.Net.Documents.Document document)
    {
        Live().Writer.UpdateDocument(new Term(IndexFields.Id, id.ToString(CultureInfo.InvariantCulture)), document);
        recentlyIndexed[id] = DateTime.UtcNow;
    }

    public void Delete(int id)
    {
        Live().Writer.DeleteDocuments(new Term(IndexFields.Id, id.ToString(CultureInfo.InvariantCulture)));
        recentlyIndexed[id] = DateTime.UtcNow;
    }

    private const string JournalKey = "journal";

    /// <summary>How far into the change journal the live generation has taken in every change; null when it never said.</summary>
    public long? JournalPosition =>
        Live().Writer.CommitData.TryGetValue(JournalKey, out var value) && long.TryParse(value, CultureInfo.InvariantCulture, out var position) ? position : null;

    /// <summary>Makes changes visible to searches now, and durable, with the journal position they bring the index to.</summary>
    public void Publish(long? journalPosition = null)
    {
        var generation = Live();
        if (journalPosition is { } reached) generation.Writer.SetCommitData(JournalData(reached));
        generation.Writer.Commit();
        generation.Searchers.MaybeRefreshBlocking();
    }

    private static Dictionary<string, string> JournalData(long position) =>
        new() { [JournalKey] = position.ToString(CultureInfo.InvariantCulture), [AnalysisKey] = AnalysisVersion };

    private const string AnalysisKey = "analysis";

    /// <summary>
    /// How the index analyses text; a generation written another way is rebuilt at start (the site answers from it
    /// meanwhile). 2: stop words that are roots of derived words (sudah, antara) are indexed. 3: one field holds all
    /// of a story's stemmed words (text_…) in place of the body's.
    /// </summary>
    public const string AnalysisVersion = "3";

    /// <summary>Ids changed here since <paramref name="sinceUtc"/>: what a rebuild begun then may have missed.</summary>
    public IReadOnlyList<int> ChangedSince(DateTime sinceUtc) =>
        recentlyIndexed.Where(kv => kv.Value >= sinceUtc).Select(kv => kv.Key).ToList();

    /// <summary>Starts a new generation for a full rebuild; <see cref="GenerationBuilder.Complete"/> makes it live.</summary>
    public GenerationBuilder BeginRebuild()
    {
        var name = "gen-" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];
        var directory = OpenDirectory(Path.Combine(root, name));
        var writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.Version, Analyzer)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
            // Fresh segments as plain files: packing each into a compound file would write it twice.
            UseCompoundFile = false,
        });
        return new GenerationBuilder(this, name, directory, writer, DateTime.UtcNow);
    }

    public sealed class GenerationBuilder(ArticleIndex index, string name, LuceneDirectory directory, IndexWriter writer, DateTime startedUtc) : IDisposable
    {
        public DateTime StartedUtc { get; } = startedUtc;

        public void Add(Lucene.Net.Documents.Document document) => writer.AddDocument(document);

        /// <summary>
        /// Commits the new generation, built from the database as it was at <paramref name="journalPosition"/> or later,
        /// and names it current; the old one is dropped once no search uses it.
        /// </summary>
        public void Complete(long journalPosition)
        {
            // One segment: a search looks up each of its words in every segment's dictionary, and a rebuild leaves about
            // one segment per 10,000 stories. At 100,000 stories merging took 7 s and halved a search's time and garbage.
            writer.ForceMerge(1);
            writer.SetCommitData(JournalData(journalPosition));
            writer.Commit();
            writer.Dispose();
            directory.Dispose();
            var current = Path.Combine(index.root, CurrentFile);
            var replaced = File.Exists(current) ? File.ReadAllText(current).Trim() : "gen-initial";
            var temp = Path.Combine(index.root, CurrentFile + ".tmp");
            File.WriteAllText(temp, name);
            File.Move(temp, current, overwrite: true);
            completed = true;
            index.SwitchNow();
            index.DropOlderThan(replaced);
        }

        private bool completed;

        /// <summary>A rebuild abandoned before <see cref="Complete"/> (failed, cancelled) takes its unfinished files with it.</summary>
        public void Dispose()
        {
            writer.Dispose();
            directory.Dispose();
            if (!completed) index.TryDelete(Path.Combine(index.root, name));
        }
    }

    /// <summary>Serves the generation named current at once, rather than at the next once-a-second look.</summary>
    private void SwitchNow()
    {
        Interlocked.Exchange(ref lastCheckTicks, long.MinValue / 2);
        Live();
    }

    private Generation Live()
    {
        // Another process (the rebuild command) may have named a new generation: look at most once a second.
        var now = Environment.TickCount64;
        if (live is { } current && now - Interlocked.Read(ref lastCheckTicks) < 1000) return current;
        Interlocked.Exchange(ref lastCheckTicks, now);
        lock (gate)
        {
            var file = Path.Combine(root, CurrentFile);
            var stamp = File.Exists(file) ? File.GetLastWriteTimeUtc(file) : DateTime.MinValue;
            if (live is not null && stamp == currentStamp) return live;
            var name = stamp == DateTime.MinValue ? "gen-initial" : File.ReadAllText(file).Trim();
            if (live?.Name == name) { currentStamp = stamp; return live; }

            var next = Generation.Open(Path.Combine(root, name), name, Analyzer);
            var previous = live;
            live = next;
            currentStamp = stamp;
            if (previous is not null && StartedAt(name) is { } started) GenerationChanged?.Invoke(started);
            if (previous is not null)
            {
                // Searches that acquired the old generation a moment ago finish first.
                _ = Task.Delay(TimeSpan.FromSeconds(10)).ContinueWith(_ =>
                {
                    previous.Dispose();
                    TryDelete(previous.Path);
                }, TaskScheduler.Default);
            }
            return next;
        }
    }

    private static DateTime? StartedAt(string generationName) =>
        generationName.Length >= 21 && DateTime.TryParseExact(generationName[4..21], "yyyyMMddHHmmssfff", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var started) ? started : null;

    /// <summary>
    /// Removes the generations older than the one a rebuild has just replaced. A serving process drops the generation
    /// it replaces ten seconds later, but the rebuild command ends before then, so every <c>search rebuild</c> left one
    /// behind (about 280 MB at 100,000 stories). The replaced one stays (a site may serve it a few more seconds, and
    /// drops it itself), and so does any directory written in the last ten minutes: another rebuild may be filling it.
    /// </summary>
    private void DropOlderThan(string replaced)
    {
        var replacedAt = StartedAt(replaced) ?? DateTime.MinValue;
        var quiet = DateTime.UtcNow.AddMinutes(-10);
        foreach (var path in System.IO.Directory.EnumerateDirectories(root, "gen-*"))
        {
            var name = Path.GetFileName(path);
            if (name == replaced || name == live?.Name) continue;
            if ((StartedAt(name) ?? DateTime.MinValue) < replacedAt && System.IO.Directory.GetLastWriteTimeUtc(path) < quiet) TryDelete(path);
        }
    }

    private void TryDelete(string path)
    {
        if (!path.StartsWith(root, StringComparison.Ordinal)) return;
        try { System.IO.Directory.Delete(path, recursive: true); }
        catch (IOException) { /* a reader in another process may still hold files; the next rebuild retries */ }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>
    /// The index files, read with positional reads (<see cref="PositionalReadDirectory"/>). Lucene's default on 64-bit systems maps them into memory, and each
    /// mapped input it clones for a search is tracked in a weak table the garbage collector must walk at every
    /// collection: under search load each pause grew from 2 to 11 ms and took half the time. Mapped pages also counted
    /// in the process's resident memory; read pages stay in the system's file cache.
    /// </summary>
    private static PositionalReadDirectory OpenDirectory(string path) => new(new DirectoryInfo(path));

    private static PerFieldAnalyzerWrapper PerField(Analyzers analyzers)
    {
        var fields = new Dictionary<string, Analyzer> { [IndexFields.Names] = analyzers.Plain };
        foreach (var f in new Func<string, string>[] { IndexFields.Headline, IndexFields.Dek, IndexFields.Text, IndexFields.Tags, IndexFields.Byline })
            fields[f("en")] = analyzers.English;
        return new PerFieldAnalyzerWrapper(analyzers.Indonesian, fields);
    }

    public void Dispose()
    {
        lock (gate)
        {
            live?.Dispose();
            live = null;
        }
    }

    private sealed class Generation : IDisposable
    {
        private Generation(string name, string path, LuceneDirectory directory, IndexWriter writer, SearcherManager searchers)
        {
            Name = name; Path = path; Directory = directory; Writer = writer; Searchers = searchers;
        }

        public string Name { get; }
        public string Path { get; }
        public LuceneDirectory Directory { get; }
        public IndexWriter Writer { get; }
        public SearcherManager Searchers { get; }

        public static Generation Open(string path, string name, Analyzer analyzer)
        {
            var directory = OpenDirectory(path);
            var writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.Version, analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
            writer.Commit();
            return new Generation(name, path, directory, writer, new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null));
        }

        public void Dispose()
        {
            Searchers.Dispose();
            Writer.Dispose();
            Directory.Dispose();
        }
    }
}
