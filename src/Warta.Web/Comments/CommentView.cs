namespace Warta.Web.Comments;

/// <summary>A comment shaped for the thread: no email, no address, only what the page shows.</summary>
public sealed record CommentView(
    int Id, int? ParentId, int Depth, string? Name, string? Url, string Html, DateTime CreatedAt, bool IsHeld, bool IsErased, bool IsStaff)
{
    public List<CommentView> Replies { get; } = [];

    // Worked out once when the thread is read (a story's thread is then kept in memory and shown many times), not
    // at every render: formatting the times was the largest cost of drawing a comment.
    public required string Initials { get; init; }
    public required int AvatarColour { get; init; }
    public required string PostedIso { get; init; }
    public required string PostedText { get; init; }
    public CommentKind Kind { get; init; }
}
