using Warta.Web.Comments;

namespace Warta.Web.Api;

/// <summary>A comment's state in WordPress's REST words (it reads "approve", "1", "hold", "0" too).</summary>
public static class WpCommentStatus
{
    public static string Of(CommentStatus status) => status switch
    {
        CommentStatus.Approved => "approved",
        CommentStatus.Spam => "spam",
        CommentStatus.Trash => "trash",
        _ => "hold",
    };

    public static CommentStatus? Parse(string? value) => value switch
    {
        "approved" or "approve" or "1" => CommentStatus.Approved,
        "hold" or "0" => CommentStatus.Pending,
        "spam" => CommentStatus.Spam,
        "trash" => CommentStatus.Trash,
        _ => null,
    };
}
