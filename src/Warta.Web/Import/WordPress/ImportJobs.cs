using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warta.Web.Data;

namespace Warta.Web.Import.WordPress;

/// <summary>
/// Runs uploads from the back office in the background, one at a time, so a large archive neither times the browser
/// out nor dies with the request. Each job lives in the database (<see cref="ImportJobRecord"/>) and its file and
/// report in the import directory (<see cref="ImportOptions"/>), so with several nodes any of them can take the
/// mapping step's answer, show the progress and hand out the report. The CLI runs the same importer in the foreground.
/// </summary>
public sealed partial class ImportJobs(
    IServiceScopeFactory scopes, IOptions<WartaOptions> warta, IOptions<ImportOptions> import, TimeProvider clock, ILogger<ImportJobs> log)
{
    /// <summary>A running job whose node has not moved it on for this long has lost its node (stopped or killed).</summary>
    public static readonly TimeSpan Lost = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(1);

    private string Folder => import.Value.PathIn(warta.Value);

    public string FilePath(Guid id) => Path.Combine(Folder, id.ToString("N") + ".xml");

    public string ReportPath(Guid id) => Path.Combine(Folder, id.ToString("N") + ".csv");

    public async Task<ImportJob?> FindAsync(Guid id, CancellationToken ct)
    {
        var record = await WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id && j.State != ImportJobState.Staged, ct));
        return record is null ? null : ImportJob.From(record, clock.GetUtcNow().UtcDateTime);
    }

    public async Task<StagedImport?> FindStagedAsync(Guid id, CancellationToken ct)
    {
        var record = await WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id && j.State == ImportJobState.Staged, ct));
        return record is null ? null : new StagedImport(record.Id, record.FileName, FilePath(record.Id), record.StartedBy,
            record.Fetch ? FetchOptions.Default : FetchOptions.Off,
            JsonSerializer.Deserialize<List<CategoryUse>>(record.Categories ?? "[]") ?? [], new DateTimeOffset(record.CreatedAt, TimeSpan.Zero));
    }

    /// <summary>
    /// Copies the upload to the import directory and reads which categories its posts use, for the mapping step. A file
    /// the survey cannot read is staged without categories: the import itself then says why (with line and column), or
    /// repairs it as WordPress's importer would.
    /// </summary>
    public async Task<StagedImport> StageAsync(IFormFile file, string stagedBy, FetchOptions fetch, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        await ForgetAbandonedAsync(ct);
        var id = Guid.NewGuid();
        var path = FilePath(id);
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
        var now = clock.GetUtcNow().UtcDateTime;
        await WithDbAsync(async db =>
        {
            db.ImportJobs.Add(new ImportJobRecord
            {
                Id = id, FileName = Trim(Path.GetFileName(file.FileName), 260), StartedBy = Trim(stagedBy, 256), State = ImportJobState.Staged,
                Fetch = fetch.Enabled, CreatedAt = now, UpdatedAt = now, Categories = JsonSerializer.Serialize(categories),
            });
            return await db.SaveChangesAsync(ct);
        });
        return new StagedImport(id, file.FileName, path, stagedBy, fetch, categories, new DateTimeOffset(now, TimeSpan.Zero));
    }

    /// <summary>
    /// Starts importing a staged file with the categories mapped as chosen; null when an import is already running
    /// (on any node) or the file was started already.
    /// </summary>
    public async Task<ImportJob?> StartAsync(StagedImport stage, string startedBy, CategoryMap map, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var alive = now - Lost;
        // One statement, so two nodes answering at once cannot both start it.
        var started = await WithDbAsync(db => db.ImportJobs
            .Where(j => j.Id == stage.Id && j.State == ImportJobState.Staged
                && !db.ImportJobs.Any(o => o.State == ImportJobState.Running && o.UpdatedAt > alive))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, ImportJobState.Running).SetProperty(j => j.StartedAt, now)
                .SetProperty(j => j.UpdatedAt, now).SetProperty(j => j.StartedBy, Trim(startedBy, 256)), ct));
        if (started == 0) return null;
        // Not tied to the request: the import goes on after the response is sent.
        _ = Task.Run(() => RunAsync(stage, startedBy, map), CancellationToken.None);
        return await FindAsync(stage.Id, ct);
    }

    private async Task RunAsync(StagedImport stage, string startedBy, CategoryMap map)
    {
        var progress = new Progress();
        using var stop = new CancellationTokenSource();
        var beating = BeatAsync(stage.Id, progress, stop.Token);
        try
        {
            ImportSummary summary;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var importer = scope.ServiceProvider.GetRequiredService<ImportWordPressExport>();
                summary = await importer.RunAsync(stage.Path, progress, CancellationToken.None,
                    new Newsroom.Articles.Actor(null, startedBy, "upload " + stage.FileName), map, stage.Fetch);
            }
            await File.WriteAllBytesAsync(ReportPath(stage.Id), ImportReport.ToBytes(summary));
            await stop.CancelAsync();
            await beating;
            await EndAsync(stage.Id, ImportJobState.Finished, j => j.SetProperty(r => r.Summary, JsonSerializer.Serialize(ImportJobSummary.Of(summary)))
                .SetProperty(r => r.Done, progress.Done).SetProperty(r => r.Total, progress.Total));
            Imported(stage.FileName, startedBy, summary.Articles, summary.Comments);
        }
        catch (WxrFormatException e)
        {
            await stop.CancelAsync();
            await beating;
            await EndAsync(stage.Id, ImportJobState.Failed, j => j.SetProperty(r => r.RefusalLine, e.Line).SetProperty(r => r.RefusalColumn, e.Column)
                .SetProperty(r => r.RefusalMessage, Trim(e.Message, 2000)));
        }
        catch (ImportReconciliationException e)
        {
            ImportFailed(e, stage.FileName);
            await stop.CancelAsync();
            await beating;
            await EndAsync(stage.Id, ImportJobState.Failed, j => j.SetProperty(r => r.Unaccounted, string.Join('\n', e.Differences)));
        }
        catch (Exception e)
        {
            ImportFailed(e, stage.FileName);
            await stop.CancelAsync();
            await beating;
            await EndAsync(stage.Id, ImportJobState.Failed, j => j);
        }
        finally
        {
            File.Delete(stage.Path);
        }
    }

    /// <summary>Moves the job on in the database every second while it runs: its progress, and the sign that its node lives.</summary>
    private async Task BeatAsync(Guid id, Progress progress, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Heartbeat, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                var (done, total, now) = (progress.Done, progress.Total, clock.GetUtcNow().UtcDateTime);
                try
                {
                    await WithDbAsync(db => db.ImportJobs.Where(j => j.Id == id && j.State == ImportJobState.Running)
                        .ExecuteUpdateAsync(s => s.SetProperty(j => j.Done, done).SetProperty(j => j.Total, total).SetProperty(j => j.UpdatedAt, now), CancellationToken.None));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A missed beat is made up by the next; the import itself goes on.
                    BeatFailed(e);
                }
            }
        }
        catch (OperationCanceledException) { }
    }

    private Task<int> EndAsync(Guid id, ImportJobState state,
        Func<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<ImportJobRecord>, Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<ImportJobRecord>> more)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return WithDbAsync(db => db.ImportJobs.Where(j => j.Id == id)
            .ExecuteUpdateAsync(s => more(s.SetProperty(j => j.State, state).SetProperty(j => j.UpdatedAt, now)), CancellationToken.None));
    }

    /// <summary>Uploads staged and never started are let go after a day, with their files.</summary>
    private async Task ForgetAbandonedAsync(CancellationToken ct)
    {
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        var abandoned = await WithDbAsync(db => db.ImportJobs.Where(j => j.State == ImportJobState.Staged && j.CreatedAt < before).Select(j => j.Id).ToListAsync(ct));
        if (abandoned.Count == 0) return;
        foreach (var id in abandoned) File.Delete(FilePath(id));
        await WithDbAsync(db => db.ImportJobs.Where(j => abandoned.Contains(j.Id)).ExecuteDeleteAsync(ct));
    }

    private async Task<T> WithDbAsync<T>(Func<WartaDb, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<WartaDb>());
    }

    private static string Trim(string value, int max) => value.Length > max ? value[..max] : value;

    [LoggerMessage(Level = LogLevel.Information, Message = "WordPress import {File} by {User}: {Articles} articles, {Comments} comments.")]
    private partial void Imported(string file, string user, int articles, int comments);

    [LoggerMessage(Level = LogLevel.Error, Message = "WordPress import {File} failed; its transaction was rolled back.")]
    private partial void ImportFailed(Exception e, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording an import's progress failed; the next beat tries again.")]
    private partial void BeatFailed(Exception e);

    /// <summary>Synchronous progress: System.Progress would post to the thread pool and could report out of order.</summary>
    private sealed class Progress : IProgress<(int Done, int Total)>
    {
        private volatile int done;
        private volatile int total;
        public int Done => done;
        public int Total => total;
        public void Report((int Done, int Total) value) => (total, done) = (value.Total, value.Done);
    }
}

/// <summary>An upload waiting for its mapping step: where it is kept and the categories its posts use.</summary>
public sealed record StagedImport(
    Guid Id, string FileName, string Path, string StagedBy, FetchOptions Fetch, IReadOnlyList<CategoryUse> Categories, DateTimeOffset StagedAt);

/// <summary>A finished import's summary as the import page shows it (the full list of outcomes is the report).</summary>
public sealed record ImportJobSummary(
    int Articles, int Pages, int Comments, int Attachments, int Authors, int Sections, int Tags, int Updated,
    int SkippedCount, List<string> Skipped, List<string> Notes)
{
    public static ImportJobSummary Of(ImportSummary s) => new(
        s.Articles, s.Pages, s.Comments, s.Attachments, s.Authors, s.Sections, s.Tags, s.Updated, s.SkippedCount, s.Skipped.Take(100).ToList(), s.Notes);
}

/// <summary>One upload being imported, as any node reads it: how far it is, and how it ended.</summary>
public sealed record ImportJob(
    Guid Id, string FileName, string StartedBy, DateTimeOffset StartedAt, int Done, int Total, bool IsFinished, bool Failed,
    ImportJobSummary? Summary, (int Line, int Column, string Message)? Refusal, IReadOnlyList<string> Unaccounted, bool IsLost)
{
    public static ImportJob From(ImportJobRecord r, DateTime utcNow)
    {
        // A running job nobody has moved on for a while lost its node: it is over, and failed (its transaction rolled back).
        var lost = r.State == ImportJobState.Running && utcNow - r.UpdatedAt > ImportJobs.Lost;
        return new ImportJob(r.Id, r.FileName, r.StartedBy, new DateTimeOffset(r.StartedAt ?? r.CreatedAt, TimeSpan.Zero), r.Done, r.Total,
            r.State is ImportJobState.Finished or ImportJobState.Failed || lost, r.State == ImportJobState.Failed || lost,
            r.Summary is { } json ? JsonSerializer.Deserialize<ImportJobSummary>(json) : null,
            r.RefusalLine is { } line ? (line, r.RefusalColumn ?? 0, r.RefusalMessage ?? "") : null,
            r.Unaccounted?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [], lost);
    }

    /// <summary>Time left at the rate so far; null until there is a rate to go by.</summary>
    public TimeSpan? Remaining(DateTimeOffset now)
    {
        if (Done == 0 || Total == 0 || IsFinished) return null;
        var elapsed = now - StartedAt;
        return TimeSpan.FromSeconds(Math.Ceiling(elapsed.TotalSeconds / Done * (Total - Done)));
    }
}
