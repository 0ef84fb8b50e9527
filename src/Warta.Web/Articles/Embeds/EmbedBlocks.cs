using AngleSharp.Dom;

namespace Warta.Web.Articles.Embeds;

/// <summary>
/// A provider's address alone in its paragraph (typed on its own line, or WordPress's auto-embed and embed block)
/// becomes a card: the provider, a title (the link's own words when the editor wrote some, else the provider's kind
/// of post) and a link to the original. Nothing is loaded from the provider until a reader clicks; then site.js puts
/// the same-origin player page (<see cref="EmbedPlayer"/>) in its place. Runs on the sanitized body's DOM, so the
/// card is built from checked parts only.
/// </summary>
public static class EmbedBlocks
{
    public static void Apply(IDocument document)
    {
        foreach (var block in document.QuerySelectorAll("p, div").ToList())
        {
            if (block.ParentElement is null || Lone(block) is not var (embed, title) || embed is null) continue;
            // WordPress wraps its embed block: <figure class="wp-block-embed"><div>URL</div></figure>; replace the wrapper.
            var target = block.ParentElement is { LocalName: "figure" } figure && figure.Children.Length == 1 ? figure : block;
            target.Replace(Card(document, embed, title));
        }
    }

    private static (Embed? Embed, string? Title)? Lone(IElement block)
    {
        if (block.Children.Length == 0) return (Embed.From(block.TextContent), null);
        if (block.Children.Length == 1 && block.Children[0] is { LocalName: "a" } link
            && string.IsNullOrWhiteSpace(block.TextContent.Replace(link.TextContent, "", StringComparison.Ordinal)))
        {
            var embed = Embed.From(link.GetAttribute("href"));
            var words = link.TextContent.Trim();
            return (embed, words.Length == 0 || Embed.From(words) is not null || words.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null : words);
        }
        return null;
    }

    private static IElement Card(IDocument document, Embed embed, string? title)
    {
        var figure = document.CreateElement("figure");
        figure.ClassName = $"embed embed-{embed.Provider}";
        figure.SetAttribute("data-player", embed.LocalPlayer);
        var link = document.CreateElement("a");
        link.ClassName = "embed-card";
        link.SetAttribute("href", embed.Address);
        link.SetAttribute("rel", "noopener noreferrer");
        link.SetAttribute("target", "_blank");
        var provider = document.CreateElement("span");
        provider.ClassName = "embed-provider";
        provider.TextContent = embed.ProviderName;
        var heading = document.CreateElement("span");
        heading.ClassName = "embed-title";
        heading.TextContent = title ?? DefaultTitle(embed);
        var host = document.CreateElement("span");
        host.ClassName = "embed-host";
        host.TextContent = new Uri(embed.Address).Host;
        link.Append(provider, heading, host);
        figure.AppendChild(link);
        return figure;
    }

    private static string DefaultTitle(Embed embed) => embed.Provider switch
    {
        "youtube" => "YouTube ▶",
        "tiktok" => "TikTok ▶",
        _ => new Uri(embed.Address).AbsolutePath.Trim('/'),
    };
}
