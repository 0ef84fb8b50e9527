using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Search;

/// <summary>
/// Ranked search over published articles. Every word of the query must match, in its stemmed form (headline
/// weighted above tags and dek, above byline and body) or, for names, within one typo; words that stand next to
/// each other in an article rank it higher, which is what makes "Kim Jong-un" and "Kim Jong Un" the same search.
/// </summary>
public sealed class ArticleSearch(ArticleIndex index, Analyzers analyzers, SiteSettingsCache settings, TimeProvider clock)
{
    private static readonly (Func<string, string> Field, float Boost)[] Weighted =
    [
        (IndexFields.Headline, 4f), (IndexFields.Tags, 2.5f), (IndexFields.Dek, 2f), (IndexFields.Byline, 1.5f), (IndexFields.Body, 1f),
    ];

    public SearchResults Run(SearchRequest request)
    {
        var page = Math.Max(1, request.Page);
        var words = TextAnalysis.Terms(analyzers.Plain, IndexFields.Names, request.Query).Distinct().Take(12).ToList();
        var match = Match(words);
        if (match is null) return SearchResults.None(page);
        var query = new FilteredQuery(match, new QueryWrapperFilter(Filters(request)));

        return index.Search(searcher =>
        {
            var wanted = page * request.PerPage;
            var top = request.Sort == SearchSort.Newest
                ? searcher.Search(query, null, wanted, new Sort(new SortField(IndexFields.PublishedSort, SortFieldType.INT64, reverse: true)))
                : searcher.Search(query, wanted);
            var hits = top.ScoreDocs.Skip((page - 1) * request.PerPage)
                .Select(d => Hit(searcher.Doc(d.Doc), match))
                .ToList();
            var totalPages = Math.Max(1, (top.TotalHits + request.PerPage - 1) / request.PerPage);
            return new SearchResults(hits, top.TotalHits, page, totalPages);
        });
    }

    private BooleanQuery? Match(List<string> words)
    {
        var all = new BooleanQuery();
        var required = 0;
        foreach (var word in words)
        {
            var either = new BooleanQuery();
            var isStopWord = false;
            foreach (var language in IndexFields.Languages)
            {
                var terms = TextAnalysis.Terms(analyzers.For(language), IndexFields.Body(language), word);
                // "dan", "the": a stop word in either language would otherwise match nearly every article of the other.
                isStopWord |= terms.Count == 0;
                foreach (var term in terms)
                    foreach (var (field, boost) in Weighted)
                        either.Add(new TermQuery(new Term(field(language), term)) { Boost = boost }, Occur.SHOULD);
            }
            if (isStopWord) continue;
            either.Add(new TermQuery(new Term(IndexFields.Names, word)) { Boost = 0.5f }, Occur.SHOULD);
            // One typo forgiven in longer words; the first letter must be right, as readers seldom get it wrong.
            if (word.Length >= 4 && !word.Any(char.IsDigit))
                either.Add(new FuzzyQuery(new Term(IndexFields.Names, word), 1, 1) { Boost = 0.3f }, Occur.SHOULD);
            all.Add(either, Occur.MUST);
            required++;
        }
        if (required == 0) return null;
        if (words.Count > 1)
        {
            var phrase = new PhraseQuery { Slop = 1, Boost = 3f };
            foreach (var word in words) phrase.Add(new Term(IndexFields.Names, word));
            all.Add(phrase, Occur.SHOULD);
        }
        return all;
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
