namespace Warta.Web.Articles;

/// <summary>The publishing workflow's words. Only <see cref="Published"/> articles reach readers.</summary>
public enum ArticleStatus
{
    Draft = 0,
    PendingReview = 1,
    Scheduled = 2,
    Published = 3,
    Unpublished = 4,
    Trashed = 5,
}
