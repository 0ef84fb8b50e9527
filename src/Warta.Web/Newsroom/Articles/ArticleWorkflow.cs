using Warta.Web.Articles;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Audit;

namespace Warta.Web.Newsroom.Articles;

/// <summary>Who moved a story: a staff member, or Warta itself (the scheduler, an import) with a word on how.</summary>
public sealed record Actor(int? StaffId, string Name, string? Origin = null)
{
    public static Actor Of(StaffMember staff) => new(staff.Id, staff.Name);
    public static Actor Scheduler { get; } = new(null, "Warta", "scheduled");
    public static Actor CommandLine { get; } = new(null, "command line");
}

/// <summary>
/// A story's editorial steps, the one way for the editor, the bulk actions of the list, the scheduler and the import:
/// the rule on the entity (<see cref="Article.Publish"/> and the rest), the version raised so a second writer gets a
/// conflict, and the audit entry. The caller saves, in one transaction with whatever else its action changed.
/// </summary>
public sealed class ArticleWorkflow(AuditLog audit)
{
    /// <summary>Moves the story; throws <see cref="ArticleRuleException"/> (nothing changed) when the step is not allowed from where it is.</summary>
    public void Move(Article article, EditorAction action, DateTime utcNow, DateTime? scheduleAtUtc = null)
    {
        switch (action)
        {
            case EditorAction.Save: break;
            case EditorAction.Submit: article.SubmitForReview(); break;
            case EditorAction.Publish: article.Publish(utcNow); break;
            case EditorAction.Schedule: article.Schedule(scheduleAtUtc ?? throw new ArgumentNullException(nameof(scheduleAtUtc)), utcNow); break;
            case EditorAction.GoLive: article.GoLive(utcNow); break;
            case EditorAction.Unpublish: article.Unpublish(); break;
            case EditorAction.Trash: article.MoveToTrash(); break;
            case EditorAction.Restore: article.RestoreFromTrash(); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
        article.Version++;
    }

    /// <summary>
    /// An imported story takes its place as it was (<see cref="Article.Arrive"/>). Not audited one by one: the import
    /// run has one entry of its own.
    /// </summary>
    public void Arrive(Article article, ArticleStatus status, DateTime? publishedAt, DateTime utcNow)
    {
        article.Arrive(status, publishedAt, utcNow);
        article.Version++;
    }

    /// <summary>The audit entry of a step that is audited; call once the story has its id (after its first save).</summary>
    public void Record(Article article, EditorAction action, Actor actor)
    {
        if (AuditActionOf(action) is { } audited)
            audit.Record(actor.StaffId, actor.Name, audited, $"#{article.Id} {article.Headline}", actor.Origin);
    }

    private static string? AuditActionOf(EditorAction action) => action switch
    {
        EditorAction.Publish or EditorAction.GoLive => AuditActions.Published,
        EditorAction.Schedule => AuditActions.Scheduled,
        EditorAction.Unpublish => AuditActions.Unpublished,
        EditorAction.Trash => AuditActions.Trashed,
        EditorAction.Restore => AuditActions.Restored,
        _ => null,
    };
}
