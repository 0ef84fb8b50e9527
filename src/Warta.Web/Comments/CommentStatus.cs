namespace Warta.Web.Comments;

/// <summary>WordPress's comment states. Only approved comments reach readers (and a held comment its own writer).</summary>
public enum CommentStatus
{
    Pending = 0,
    Approved = 1,
    Spam = 2,
    Trash = 3,
}
