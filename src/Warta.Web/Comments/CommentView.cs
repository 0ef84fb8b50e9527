namespace Warta.Web.Comments;

/// <summary>A comment shaped for the thread: no email, no address, only what the page shows.</summary>
public sealed record CommentView(
    int Id, int? ParentId, int Depth, string? Name, string? Url, string Html, DateTime CreatedAt, bool IsHeld, bool IsErased, bool IsStaff)
{
    public List<CommentView> Replies { get; } = [];
}
