using Warta.Web.Articles;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Newsroom.Articles;

/// <summary>
/// Who may do what to one article, with WordPress's meaning: editors anything; authors their own, published or not;
/// contributors their own until it is published. "Own" means they created it. Being credited on someone else's story
/// lets a writer work on it while it is a draft or waiting for review, never publish it or change it once it is out.
/// </summary>
public static class ArticlePermissions
{
    public static bool IsOwn(this StaffMember staff, Article article) => article.CreatedById == staff.Id;

    public static bool IsCredited(this StaffMember staff, Article article) =>
        staff.AuthorId is { } author && article.Bylines.Any(b => b.AuthorId == author);

    public static bool CanEdit(this StaffMember staff, Article article) =>
        staff.Can(Capability.EditOthers)
        || (staff.Can(Capability.WriteDrafts) && staff.IsOwn(article)
            && (staff.Can(Capability.PublishOwn) || IsUnpublished(article)))
        || (staff.Can(Capability.WriteDrafts) && staff.IsCredited(article) && IsUnpublished(article));

    public static bool CanPublish(this StaffMember staff, Article article) =>
        staff.Can(Capability.EditOthers) || (staff.Can(Capability.PublishOwn) && staff.IsOwn(article));

    private static bool IsUnpublished(Article article) => article.Status is ArticleStatus.Draft or ArticleStatus.PendingReview;
}
