using System.Globalization;
using Lucene.Net.Index;
using Microsoft.Extensions.Caching.Memory;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Search;

/// <summary>
/// Ranked search over published articles. Every word of the query must match, in its stemmed form (headline
/// weighted above tags and dek, above byline and body) or, for names, within one typo; words that stand next to
/// each other in an article rank it higher, which is what makes "Kim Jong-un" and "Kim Jong Un" the same search.
/// A quoted phrase must appear as such (its words stemmed, in order), a word or phrase after a minus must not; a
/// search that finds nothing offers the nearest spelling the index knows ("did you mean").
/// </summary>
public sealed class ArticleSearch(ArticleIndex index, Analyzers analyzers, SiteSettingsCache settings, TimeProvider clock) : IDisposable
{
    /// <summary>
    /// Answers to repeated searches (a breaking story sends thousands of readers after the same words), kept briefly:
    /// keyed by the index reader they were found in, so a change that reaches the index makes a new key at once, and
    /// never older than a few seconds, so a scheduled story is found within moments of its time.
    /// </summary>
    private readonly MemoryCache recent = new(new MemoryCacheOptions { SizeLimit = 2_000 });
    private static readonly TimeSpan RecentFor = TimeSpan.FromSeconds(10);

    public void Dispose() => recent.Dispose();

    private static readonly (Func<string, string> Field, float Boost)[] Weighted =
    [
        (IndexFields.Headline, 4f), (IndexFields.Tags, 2.5f), (IndexFields.Dek, 2f), (IndexFields.Byline, 1.5f), (IndexFields.Body, 1f),
    ];

    /// <param name="reuseRecent">False to search afresh even when the same search was answered moments ago (benchmarks).</param>
    public SearchResults Run(SearchRequest request, bool reuseRecent = true)
    {
        var page = Math.Max(1, request.Page);
        return index.Search(searcher =>
        {
            var key = (searcher.IndexReader, request with { Page = page });
            if (reuseRecent && recent.TryGetValue(key, out SearchResults? known) && known is not null) return known;
            var match = Match(request.Query, searcher.IndexReader);
            var results = match is null ? SearchResults.None(page) : Find(searcher, request, match, page);
            recent.Set(key, results, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = RecentFor });
            return results;
        });
    }

    private SearchResults Find(IndexSearcher searcher, SearchRequest request, Query match, int page)
    {
        var query = new FilteredQuery(match, new QueryWrapperFilter(Filters(request)));
        var wanted = page * request.PerPage;
        var top = request.Sort == SearchSort.Newest
            ? searcher.Search(query, null, wanted, new Sort(new SortField(IndexFields.PublishedSort, SortFieldType.INT64, reverse: true)))
            : searcher.Search(query, wanted);
        var hits = top.ScoreDocs.Skip((page - 1) * request.PerPage)
            .Select(d => Hit(searcher.Doc(d.Doc), match))
            .ToList();
        var totalPages = Math.Max(1, (top.TotalHits + request.PerPage - 1) / request.PerPage);
        var didYouMean = top.TotalHits == 0 ? DidYouMean(searcher, request) : null;
        return new SearchResults(hits, top.TotalHits, page, totalPages) { DidYouMean = didYouMean };
    }

    private BooleanQuery? Match(string text, IndexReader reader)
    {
        var all = new BooleanQuery();
        var required = 0;
        var wanted = new List<string>();
        foreach (var part in QuerySyntax.Parse(text).Take(12))
        {
            if (part.IsPhrase)
            {
                if (Phrase(part.Text) is not { } phrase) continue;
                all.Add(phrase, part.Excluded ? Occur.MUST_NOT : Occur.MUST);
                if (!part.Excluded) required++;
                continue;
            }
            // One typed word may be several (Jong-un): each must match, or with a minus none may.
            foreach (var word in TextAnalysis.Terms(analyzers.Plain, IndexFields.Names, part.Text).Distinct())
            {
                if (Word(word, forgiving: !part.Excluded, reader) is not { } either) continue;
                if (part.Excluded) all.Add(either, Occur.MUST_NOT);
                // "sudah", "antara": indexed (their derived words share the term) but never required, as a reader
                // typing "harga akan naik" also wants "harga naik"; alone they find nothing.
                else if (Analyzers.IsFunctionWord(word)) all.Add(either, Occur.SHOULD);
                else
                {
                    all.Add(either, Occur.MUST);
                    required++;
                    wanted.Add(word);
                }
            }
        }
        // Only exclusions, or only stop words: nothing to look for.
        if (required == 0) return null;
        if (wanted.Count > 1)
        {
            var adjacent = new PhraseQuery { Slop = 1, Boost = 3f };
            foreach (var word in wanted) adjacent.Add(new Term(IndexFields.Names, word));
            all.Add(adjacent, Occur.SHOULD);
        }
        return all;
    }

    /// <summary>One word in any language's stemmed fields, or in names (within one typo when forgiving); null for a stop word.</summary>
    private BooleanQuery? Word(string word, bool forgiving, IndexReader reader)
    {
        var either = new BooleanQuery();
        foreach (var language in IndexFields.Languages)
        {
            var terms = TextAnalysis.Terms(analyzers.For(language), IndexFields.Body(language), word);
            // "dan", "the": a stop word in either language would otherwise match nearly every article of the other.
            if (terms.Count == 0) return null;
            foreach (var term in terms)
                foreach (var (field, boost) in Weighted)
                    either.Add(new TermQuery(new Term(field(language), term)) { Boost = boost }, Occur.SHOULD);
        }
        either.Add(new TermQuery(new Term(IndexFields.Names, word)) { Boost = 0.5f }, Occur.SHOULD);
        // One typo forgiven in longer words the index does not hold as typed (Putn); the first letter must be right, as
        // readers seldom get it wrong. A word the index holds is no typo, and expanding it would cost every search.
        if (forgiving && word.Length >= 4 && !word.Any(char.IsDigit) && reader.DocFreq(new Term(IndexFields.Names, word)) == 0)
            either.Add(new FuzzyQuery(new Term(IndexFields.Names, word), 1, 1) { Boost = 0.3f }, Occur.SHOULD);
        return either;
    }

    /// <summary>
    /// A quoted phrase: its words in order, stemmed as each language stems them (so "harga naik" also finds "harga
    /// menaikkan" only if the words stand so), with the gaps stop words leave; or the exact words in names.
    /// </summary>
    private BooleanQuery? Phrase(string text)
    {
        var either = new BooleanQuery();
        foreach (var language in IndexFields.Languages)
        {
            var terms = TextAnalysis.Positions(analyzers.For(language), IndexFields.Body(language), text);
            if (terms.Count == 0) continue;
            foreach (var (field, boost) in Weighted)
            {
                var phrase = new PhraseQuery { Boost = boost * 2 };
                foreach (var (term, position) in terms) phrase.Add(new Term(field(language), term), position);
                either.Add(phrase, Occur.SHOULD);
            }
        }
        var names = TextAnalysis.Positions(analyzers.Plain, IndexFields.Names, text);
        if (names.Count > 0)
        {
            var exact = new PhraseQuery();
            foreach (var (term, position) in names) exact.Add(new Term(IndexFields.Names, term), position);
            either.Add(exact, Occur.SHOULD);
        }
        return either.Clauses.Count == 0 ? null : either;
    }

    /// <summary>
    /// For a search that found nothing: each wanted word swapped for the most common word in the index one letter
    /// away, when that finds something. Null when nothing nearer helps.
    /// </summary>
    private string? DidYouMean(IndexSearcher searcher, SearchRequest request)
    {
        var terms = Lucene.Net.Index.MultiFields.GetTerms(searcher.IndexReader, IndexFields.Names);
        if (terms is null) return null;
        var changed = false;
        var parts = new List<string>();
        foreach (var part in QuerySyntax.Parse(request.Query).Take(12))
        {
            var typed = part.IsPhrase ? $"\"{part.Text}\"" : part.Text;
            if (part.Excluded || part.IsPhrase || part.Text.Length < 3 || part.Text.Any(char.IsDigit))
            {
                parts.Add(part.Excluded ? "-" + typed : typed);
                continue;
            }
            var word = part.Text.ToLowerInvariant();
            var nearest = Nearest(terms, word);
            changed |= nearest is not null;
            parts.Add(nearest ?? part.Text);
        }
        if (!changed) return null;
        var suggestion = string.Join(' ', parts);
        if (Match(suggestion, searcher.IndexReader) is not { } match) return null;
        var found = searcher.Search(new FilteredQuery(match, new QueryWrapperFilter(Filters(request))), 1).TotalHits;
        return found > 0 ? suggestion : null;
    }

    private static string? Nearest(Terms terms, string word)
    {
        var automaton = new Lucene.Net.Util.Automaton.CompiledAutomaton(new Lucene.Net.Util.Automaton.LevenshteinAutomata(word, true).ToAutomaton(1));
        var candidates = automaton.GetTermsEnum(terms);
        string? best = null;
        var bestCount = 0;
        while (candidates.MoveNext())
        {
            var text = candidates.Term.Utf8ToString();
            if (text == word || candidates.DocFreq <= bestCount) continue;
            (best, bestCount) = (text, candidates.DocFreq);
        }
        return best;
    }

    private BooleanQuery Filters(SearchRequest request)
    {
        var site = settings.Current;
        var now = clock.GetUtcNow().UtcDateTime;
        long? from = request.From is { } f ? site.Time.ToUtc(f.ToDateTime(TimeOnly.MinValue)).Ticks : null;
        var to = request.To is { } t ? Math.Min(site.Time.ToUtc(t.AddDays(1).ToDateTime(TimeOnly.MinValue)).Ticks - 1, now.Ticks) : now.Ticks;
        var filters = new BooleanQuery { { NumericRangeQuery.NewInt64Range(IndexFields.Published, from, to, true, true), Occur.MUST } };
        if (!string.IsNullOrEmpty(request.Section)) filters.Add(new TermQuery(new Term(IndexFields.Section, request.Section)), Occur.MUST);
        return filters;
    }

    private SearchHit Hit(Lucene.Net.Documents.Document doc, Query query)
    {
        var language = doc.Get(IndexFields.Language);
        var analyzer = analyzers.For(language);
        var headline = doc.Get(IndexFields.StoredHeadline);
        var text = doc.Get(IndexFields.StoredText) ?? "";
        var dek = doc.Get(IndexFields.StoredDek);
        var headlineHtml = Highlight(query, analyzer, IndexFields.Headline(language), headline, 1, headline.Length + 1) ?? Encode(headline);
        var snippet = Highlight(query, analyzer, IndexFields.Body(language), text, 2, 160)
            ?? Encode(dek ?? (text.Length <= 200 ? text : text[..text.LastIndexOf(' ', 200)] + " …"));
        return new SearchHit(
            int.Parse(doc.Get(IndexFields.Id), CultureInfo.InvariantCulture), doc.Get(IndexFields.Slug),
            new DateTime(long.Parse(doc.Get(IndexFields.Published), CultureInfo.InvariantCulture), DateTimeKind.Utc),
            doc.Get(IndexFields.Section), language, headlineHtml, snippet);
    }

    private static string? Highlight(Query query, Lucene.Net.Analysis.Analyzer analyzer, string field, string text, int fragments, int size)
    {
        if (text.Length == 0) return null;
        var scorer = new QueryScorer(query, field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, size),
            MaxDocCharsToAnalyze = 200_000,
        };
        using var tokens = analyzer.GetTokenStream(field, new StringReader(text));
        var best = highlighter.GetBestFragments(tokens, text, fragments, " … ");
        return string.IsNullOrEmpty(best) ? null : best;
    }

    private static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);
}
