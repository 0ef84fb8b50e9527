namespace Warta.Web.Articles;

/// <summary>
/// How an article body is stored. Newsroom writing is Markdown; WordPress imports arrive as HTML and stay HTML
/// so nothing is lost in a lossy conversion. Both render through the same sanitizer.
/// </summary>
public enum BodyFormat
{
    Markdown = 0,
    Html = 1,
}
