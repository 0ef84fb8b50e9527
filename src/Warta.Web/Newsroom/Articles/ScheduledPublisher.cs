using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warta.Web.Articles;
using Warta.Web.Data;
using Warta.Web.Newsroom.Audit;

namespace Warta.Web.Newsroom.Articles;

/// <summary>
/// Publishes scheduled articles when their time comes, whether or not anyone visits (unlike WP-Cron), including
/// those that fell due while the site was down. Each article goes live once: the version check makes a second
/// publisher's attempt fail instead of publishing twice.
/// </summary>
public sealed partial class ScheduledPublisher(
    IServiceScopeFactory scopes, IOptions<SchedulerOptions> options, TimeProvider clock, Hosting.Preparation preparation,
    ILogger<ScheduledPublisher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // SQLite's async calls run synchronously: keep the first check off the start-up path
        if (!await preparation.SucceededAsync(stoppingToken)) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.IntervalSeconds), clock);
        do
        {
            try
            {
                await PublishDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> PublishDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WartaDb>();
        var workflow = scope.ServiceProvider.GetRequiredService<ArticleWorkflow>();
        var checks = scope.ServiceProvider.GetRequiredService<Checks.ArticleChecks>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        var blockingNames = scope.ServiceProvider.GetRequiredService<Settings.SiteSettingsCache>().Current.Checks.Blocking.Contains(Checks.NameSpellings.CheckId);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Articles.Where(a => a.Status == ArticleStatus.Scheduled && a.PublishedAt <= now)
            .OrderBy(a => a.PublishedAt).Take(100).ToListAsync(ct);
        var published = 0;
        foreach (var article in due)
        {
            // A finding the site marks as blocking holds the story back, as it would have in the editor: it goes back to
            // the desk as a draft, and the audit log says why.
            var findings = await checks.RunAsync(Checks.CheckInput.Of(article), Checks.CheckDismissal.Read(article.CheckNotes), article.Id, blockingNames, ct);
            if (findings.Where(f => f.Blocking).ToList() is { Count: > 0 } blocking)
            {
                workflow.Move(article, EditorAction.Unpublish, now);
                audit.Record(null, Actor.Scheduler.Name, AuditActions.HeldByChecks, $"#{article.Id} {article.Headline}", string.Join(" ", blocking.Select(b => b.Message)));
            }
            else
            {
                workflow.Move(article, EditorAction.GoLive, now);
                workflow.Record(article, EditorAction.GoLive, Actor.Scheduler);
            }
            try
            {
                await db.SaveChangesAsync(ct);
                published++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Changed meanwhile by an editor or another publisher: leave it to them.
                db.ChangeTracker.Clear();
            }
        }
        if (published > 0) LogPublished(published);
        return published;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Count} scheduled article(s).")]
    private partial void LogPublished(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Publishing scheduled articles failed; retrying at the next tick.")]
    private partial void LogFailed(Exception exception);
}
