using System.Net;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Warta.Web.Search;

/// <summary>
/// The passages of a found story that show why it was found, the matching words marked. Each word is read as the
/// index reads it (to its root), so "mengunjungi" is marked for a search of "kunjungan". Lucene's highlighter scored
/// every fragment of the text and allocated for every word it read, about 70 KB for each story on a result page: the
/// larger part of a search's time went to it and to the collections its garbage caused. This reads the words once,
/// keeps where the matches are, and writes out only the passages shown.
/// </summary>
public static class Snippet
{
    private const int MaxCharsRead = 200_000;

    /// <summary>The words a search looks for, as the index holds them (roots), each numbered.</summary>
    public sealed class Terms
    {
        /// <summary>The words <paramref name="query"/> asks of <paramref name="field"/>, leaving out those it excludes.</summary>
        public static Terms Of(Lucene.Net.Search.Query query, string field)
        {
            var found = new List<string>();
            Collect(query, field, found);
            return new Terms(found);
        }

        private static void Collect(Lucene.Net.Search.Query query, string field, List<string> found)
        {
            switch (query)
            {
                case Lucene.Net.Search.BooleanQuery all:
                    foreach (var clause in all.Clauses)
                        if (clause.Occur != Lucene.Net.Search.Occur.MUST_NOT) Collect(clause.Query, field, found);
                    break;
                case Lucene.Net.Search.TermQuery one when one.Term.Field == field:
                    found.Add(one.Term.Text);
                    break;
                case Lucene.Net.Search.PhraseQuery phrase:
                    found.AddRange(phrase.GetTerms().Where(t => t.Field == field).Select(t => t.Text));
                    break;
            }
        }

        private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

        public Terms(IEnumerable<string> terms)
        {
            foreach (var term in terms) numbers.TryAdd(term, numbers.Count);
            lookup = numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public bool IsEmpty => numbers.Count == 0;

        public int Count => numbers.Count;

        public bool TryFind(ReadOnlySpan<char> word, out int number) => lookup.TryGetValue(word, out number);
    }

    private readonly record struct Match(int Start, int End, int Term);

    /// <summary>All of <paramref name="text"/>, HTML-encoded, its matching words marked; null when none matches.</summary>
    public static string? MarkAll(Analyzer analyzer, string field, string text, Terms terms)
    {
        var matches = Find(analyzer, field, text, terms);
        return matches.Count == 0 ? null : Write(text, matches, [(0, text.Length)]);
    }

    /// <summary>
    /// Up to <paramref name="passages"/> passages of about <paramref name="size"/> characters that hold the most of the
    /// searched words (different words first, then how often), in the text's order, joined by " … "; null when none matches.
    /// </summary>
    public static string? Best(Analyzer analyzer, string field, string text, Terms terms, int passages, int size)
    {
        // Reading stops a few passages after every searched word has been met: the passages that hold them all are
        // found by then, and reading a long story to its end cost a third of a search.
        var matches = Find(analyzer, field, text, terms, readPastAll: passages * size * 2);
        if (matches.Count == 0) return null;
        var chosen = new List<(int Start, int End)>();
        for (var n = 0; n < passages; n++)
        {
            var best = -1;
            var bestScore = 0;
            for (var i = 0; i < matches.Count; i++)
            {
                var window = Window(text, matches[i].Start, size);
                if (chosen.Any(c => window.Start < c.End && c.Start < window.End)) continue;
                var score = Score(matches, window);
                if (score > bestScore) (best, bestScore) = (i, score);
            }
            if (best < 0) break;
            chosen.Add(Window(text, matches[best].Start, size));
        }
        if (chosen.Count == 0) return null;
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return Write(text, matches, chosen);
    }

    /// <param name="readPastAll">Characters read after the point where every word has been met; null reads everything.</param>
    private static List<Match> Find(Analyzer analyzer, string field, string text, Terms terms, int? readPastAll = null)
    {
        var matches = new List<Match>();
        if (text.Length == 0 || terms.IsEmpty) return matches;
        using var tokens = analyzer.GetTokenStream(field, text);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        var offset = tokens.AddAttribute<IOffsetAttribute>();
        tokens.Reset();
        var seen = 0UL;
        var all = terms.Count >= 64 ? ulong.MaxValue : (1UL << terms.Count) - 1;
        var stopAt = MaxCharsRead;
        while (tokens.IncrementToken() && offset.StartOffset < stopAt)
        {
            if (!terms.TryFind(term.Buffer.AsSpan(0, term.Length), out var number)) continue;
            matches.Add(new Match(offset.StartOffset, Math.Min(offset.EndOffset, text.Length), number));
            if (readPastAll is not { } past || seen == all) continue;
            seen |= 1UL << (number & 63);
            if (seen == all) stopAt = Math.Min(stopAt, offset.EndOffset + past);
        }
        tokens.End();
        return matches;
    }

    /// <summary>A passage that starts a few words before a match and ends at a word's end, about <paramref name="size"/> long.</summary>
    private static (int Start, int End) Window(string text, int matchStart, int size)
    {
        var lead = Math.Min(size / 5, matchStart);
        var start = matchStart - lead;
        if (start > 0)
        {
            var space = text.IndexOf(' ', start, lead);
            start = space < 0 ? matchStart : space + 1;
        }
        var end = Math.Min(text.Length, start + size);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end - 1, end - matchStart);
            if (space > matchStart) end = space;
        }
        return (start, end);
    }

    private static int Score(List<Match> matches, (int Start, int End) window)
    {
        var seen = 0UL;
        var count = 0;
        foreach (var m in matches)
        {
            if (m.Start < window.Start || m.End > window.End) continue;
            seen |= 1UL << (m.Term & 63);
            count++;
        }
        return System.Numerics.BitOperations.PopCount(seen) * 1000 + count;
    }

    private static string Write(string text, List<Match> matches, List<(int Start, int End)> passages)
    {
        var html = new StringBuilder();
        using var writer = new StringWriter(html);
        var next = 0;
        foreach (var (start, end) in passages)
        {
            if (html.Length > 0) html.Append(" … ");
            var at = start;
            while (next < matches.Count && matches[next].Start < start) next++;
            for (; next < matches.Count && matches[next].End <= end; next++)
            {
                var m = matches[next];
                if (m.Start < at) continue;
                WebUtility.HtmlEncode(text[at..m.Start], writer);
                html.Append("<mark>");
                WebUtility.HtmlEncode(text[m.Start..m.End], writer);
                html.Append("</mark>");
                at = m.End;
            }
            WebUtility.HtmlEncode(text[at..end], writer);
        }
        return html.ToString();
    }
}
