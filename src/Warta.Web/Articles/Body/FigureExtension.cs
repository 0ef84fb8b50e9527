using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Warta.Web.Articles.Body;

/// <summary>
/// A paragraph holding only an image with a title, <c>![alt](src "Caption")</c>, becomes a figure with a caption:
/// the way a photo with its keterangan foto is written without knowing HTML.
/// </summary>
internal sealed class FigureExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.Replace<ParagraphRenderer>(new FigureParagraphRenderer());
    }

    private sealed class FigureParagraphRenderer : ParagraphRenderer
    {
        protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
        {
            if (obj.Inline?.FirstChild is LinkInline { IsImage: true } image && image.NextSibling is null
                && !string.IsNullOrWhiteSpace(image.Title))
            {
                var caption = image.Title;
                image.Title = null;
                renderer.Write("<figure>");
                renderer.Write(image);
                renderer.Write("<figcaption>").WriteEscape(caption).Write("</figcaption></figure>").WriteLine();
                return;
            }
            base.Write(renderer, obj);
        }
    }
}
