using Microsoft.Extensions.Options;
using Warta.Web.Data;

namespace Warta.Web.Import.WordPress;

/// <summary>
/// Runs uploads from the back office in the background, one at a time, so a large archive neither times the browser
/// out nor dies with the request; the upload page watches its progress. The CLI runs the same importer in the
/// foreground with a console progress bar.
/// </summary>
public sealed partial class ImportJobs(IServiceScopeFactory scopes, IOptions<WartaOptions> options, TimeProvider clock, ILogger<ImportJobs> log)
{
    private readonly Lock gate = new();
    private ImportJob? current;
    private readonly Dictionary<Guid, StagedImport> staged = [];

    public ImportJob? Find(Guid id)
    {
        lock (gate) return current?.Id == id ? current : null;
    }

    public StagedImport? FindStaged(Guid id)
    {
        lock (gate) return staged.GetValueOrDefault(id);
    }

    /// <summary>
    /// Copies the upload to the data directory and reads which categories its posts use, for the mapping step. A file
    /// the survey cannot read is staged without categories: the import itself then says why (with line and column),
    /// or repairs it as WordPress's importer would.
    /// </summary>
    public async Task<StagedImport> StageAsync(IFormFile file, string stagedBy, FetchOptions fetch, CancellationToken ct)
    {
        var folder = Path.Combine(options.Value.DataDirectoryPath, "import");
        Directory.CreateDirectory(folder);
        var id = Guid.NewGuid();
        var path = Path.Combine(folder, id.ToString("N") + ".xml");
        try
        {
            await using (var target = File.Create(path)) await file.CopyToAsync(target, ct);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        IReadOnlyList<CategoryUse> categories;
        try { categories = await Task.Run(() => CategorySurvey.Take(path), ct); }
        catch (WxrFormatException) { categories = []; }
        var stage = new StagedImport(id, file.FileName, path, stagedBy, fetch, categories, clock.GetUtcNow());
        lock (gate)
        {
            // A file staged and never started is let go after a day.
            foreach (var old in staged.Values.Where(s => clock.GetUtcNow() - s.StagedAt > TimeSpan.FromDays(1)).ToList())
            {
                staged.Remove(old.Id);
                File.Delete(old.Path);
            }
            staged[id] = stage;
        }
        return stage;
    }

    /// <summary>Starts importing a staged file with the categories mapped as chosen; null when an import is already running.</summary>
    public ImportJob? Start(StagedImport stage, string startedBy, CategoryMap map)
    {
        var job = new ImportJob(stage.Id, stage.FileName, startedBy, clock.GetUtcNow());
        lock (gate)
        {
            if (current is { IsFinished: false }) return null;
            if (!staged.Remove(stage.Id)) return null;
            current = job;
        }
        // Not tied to the request: the import goes on after the response is sent.
        _ = Task.Run(() => RunAsync(job, stage.Path, stage.Fetch, map), CancellationToken.None);
        return job;
    }

    private async Task RunAsync(ImportJob job, string path, FetchOptions fetch, CategoryMap map)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<ImportWordPressExport>();
            var summary = await importer.RunAsync(path, new Progress(job), CancellationToken.None, new Newsroom.Articles.Actor(null, job.StartedBy, "upload " + job.FileName), map, fetch);
            job.Finish(summary);
            Imported(job.FileName, job.StartedBy, summary.Articles, summary.Comments);
        }
        catch (WxrFormatException e)
        {
            job.Fail(e);
        }
        catch (ImportReconciliationException e)
        {
            ImportFailed(e, job.FileName);
            job.Fail(null, e.Differences);
        }
        catch (Exception e)
        {
            ImportFailed(e, job.FileName);
            job.Fail(null);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "WordPress import {File} by {User}: {Articles} articles, {Comments} comments.")]
    private partial void Imported(string file, string user, int articles, int comments);

    [LoggerMessage(Level = LogLevel.Error, Message = "WordPress import {File} failed; its transaction was rolled back.")]
    private partial void ImportFailed(Exception e, string file);

    /// <summary>Synchronous progress: System.Progress would post to the thread pool and could report out of order.</summary>
    private sealed class Progress(ImportJob job) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => job.Report(value.Done, value.Total);
    }
}

/// <summary>An upload waiting for its mapping step: where it is kept and the categories its posts use.</summary>
public sealed record StagedImport(
    Guid Id, string FileName, string Path, string StagedBy, FetchOptions Fetch, IReadOnlyList<CategoryUse> Categories, DateTimeOffset StagedAt);

/// <summary>One upload being imported: how far it is, and how it ended.</summary>
public sealed class ImportJob(Guid id, string fileName, string startedBy, DateTimeOffset startedAt)
{
    private volatile int done;
    private volatile int total;

    public Guid Id { get; } = id;
    public string FileName { get; } = fileName;
    public string StartedBy { get; } = startedBy;
    public DateTimeOffset StartedAt { get; } = startedAt;
    public int Done => done;
    public int Total => total;
    public bool IsFinished { get; private set; }
    public ImportSummary? Summary { get; private set; }
    /// <summary>Why the file was refused (malformed XML with line and column); null when it was not refused.</summary>
    public WxrFormatException? Refusal { get; private set; }
    public bool Failed { get; private set; }
    /// <summary>What the import could not account for, when that is why it failed.</summary>
    public IReadOnlyList<string> Unaccounted { get; private set; } = [];

    public void Report(int doneItems, int totalItems) => (total, done) = (totalItems, doneItems);

    /// <summary>Time left at the rate so far; null until there is a rate to go by.</summary>
    public TimeSpan? Remaining(DateTimeOffset now)
    {
        if (done == 0 || total == 0 || IsFinished) return null;
        var elapsed = now - StartedAt;
        return TimeSpan.FromSeconds(Math.Ceiling(elapsed.TotalSeconds / done * (total - done)));
    }

    internal void Finish(ImportSummary summary) => (Summary, IsFinished) = (summary, true);

    internal void Fail(WxrFormatException? refusal, IReadOnlyList<string>? unaccounted = null) =>
        (Refusal, Unaccounted, Failed, IsFinished) = (refusal, unaccounted ?? [], true, true);
}
