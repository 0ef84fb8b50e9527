namespace Warta.Web.Comments;

/// <summary>
/// What wrote a comment: a reader, or another site announcing a link to the story (WordPress's pingbacks and
/// trackbacks, kept from imports). Only readers' comments are counted, threaded and fed; the others are listed apart.
/// </summary>
public enum CommentKind
{
    Comment = 0,
    Pingback = 1,
    Trackback = 2,
}
