namespace Warta.Web.Search;

/// <summary>One part of what a reader typed: a word or a quoted phrase, wanted or (with a leading minus) excluded.</summary>
public sealed record QueryPart(string Text, bool IsPhrase, bool Excluded);

/// <summary>
/// The search box's syntax, as web search engines taught readers: <c>"kata demi kata"</c> for a phrase, <c>-kata</c>
/// or <c>-"frasa"</c> to leave out. A quote left open runs to the end; a minus on its own, or inside a word
/// (Jong-un, 2024-2025), is an ordinary character.
/// </summary>
public static class QuerySyntax
{
    public static List<QueryPart> Parse(string query)
    {
        var parts = new List<QueryPart>();
        var i = 0;
        while (i < query.Length)
        {
            while (i < query.Length && char.IsWhiteSpace(query[i])) i++;
            if (i >= query.Length) break;
            var excluded = query[i] == '-' && i + 1 < query.Length && !char.IsWhiteSpace(query[i + 1]);
            if (excluded) i++;
            if (query[i] is '"' or '“' or '”')
            {
                var end = query.IndexOfAny(['"', '“', '”'], i + 1);
                var text = end < 0 ? query[(i + 1)..] : query[(i + 1)..end];
                i = end < 0 ? query.Length : end + 1;
                if (!string.IsNullOrWhiteSpace(text)) parts.Add(new QueryPart(text.Trim(), IsPhrase: true, excluded));
                continue;
            }
            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] is not ('"' or '“' or '”')) i++;
            var word = query[start..i];
            if (word.Trim('-').Length > 0) parts.Add(new QueryPart(word, IsPhrase: false, excluded));
        }
        return parts;
    }
}
