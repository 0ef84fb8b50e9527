using System.Globalization;
using Lucene.Net.Index;
using Microsoft.Extensions.Caching.Memory;
using Lucene.Net.Search;
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
public sealed class ArticleSearch(ArticleIndex index, Analyzers analyzers, SearchFilters filters, Microsoft.Extensions.Options.IOptions<SearchOptions> options) : IDisposable
{
    /// <summary>
    /// Answers to repeated searches (a breaking story sends thousands of readers after the same words), kept briefly:
    /// keyed by the index reader they were found in, so a change that reaches the index makes a new key at once, and
    /// never older than a few seconds, so a scheduled story is found within moments of its time.
    /// </summary>
    private readonly MemoryCache recent = new(new MemoryCacheOptions { SizeLimit = RecentBytes });

    // Bounded by the answers' weight, not their number: under a varied load 2,000 kept pages of snippets held the
    // app's memory 60 MB above what searching itself needs. A breaking story's few hot searches fit many times over.
    private const long RecentBytes = 4 * 1024 * 1024;
    private readonly TimeSpan recentFor = TimeSpan.FromSeconds(options.Value.RecentAnswerSeconds);

    public void Dispose() => recent.Dispose();

    /// <summary>
    /// Fields that raise a story's rank when a word is found there; finding it anywhere (the text field holds them all,
    /// weight 1) is what makes a story match. These short fields' lists are small, so ranking reads little.
    /// </summary>
    private static readonly (Func<string, string> Field, float Boost)[] Weighted =
    [
        (IndexFields.Headline, 3f), (IndexFields.Tags, 1.5f), (IndexFields.Dek, 1f), (IndexFields.Byline, 0.5f),
    ];

    /// <param name="reuseRecent">False to search afresh even when the same search was answered moments ago (benchmarks).</param>
    public SearchResults Run(SearchRequest request, bool reuseRecent = true)
    {
        var page = Math.Max(1, request.Page);
        return index.Search(searcher =>
        {
            var key = (searcher.IndexReader, request with { Page = page });
            reuseRecent &= recentFor > TimeSpan.Zero;
            if (reuseRecent && recent.TryGetValue(key, out SearchResults? known) && known is not null) return known;
            var match = Match(request.Query, searcher.IndexReader, ranked: request.Sort == SearchSort.Relevance);
            var results = match is null ? SearchResults.None(page) : Find(searcher, request, match, page);
            if (reuseRecent) recent.Set(key, results, new MemoryCacheEntryOptions { Size = Weight(results), AbsoluteExpirationRelativeToNow = recentFor });
            return results;
        });
    }

    /// <summary>About the bytes an answer holds: its strings (two bytes a character) and each hit's own overhead.</summary>
    private static long Weight(SearchResults results) =>
        256 + results.Hits.Sum(h => 2L * (h.HeadlineHtml.Length + h.SnippetHtml.Length + h.Slug.Length + h.SectionSlug.Length) + 160);

    private SearchResults Find(IndexSearcher searcher, SearchRequest request, Query match, int page)
    {
        var query = Filtered(match, request, searcher.IndexReader);
        var wanted = page * request.PerPage;
        var top = request.Sort == SearchSort.Newest ? NewestFirst(searcher, query, wanted) : searcher.Search(query, wanted);
        var terms = new Dictionary<string, Snippet.Terms>();
        var hits = top.ScoreDocs.Skip((page - 1) * request.PerPage)
            .Select(d => Hit(searcher.Doc(d.Doc), match, terms))
            .ToList();
        var totalPages = Math.Max(1, (top.TotalHits + request.PerPage - 1) / request.PerPage);
        var didYouMean = top.TotalHits == 0 ? DidYouMean(searcher, request) : null;
        return new SearchResults(hits, top.TotalHits, page, totalPages) { DidYouMean = didYouMean };
    }

    private static readonly Sort ByNewest = new(new SortField(IndexFields.PublishedSort, SortFieldType.INT64, reverse: true));

    /// <summary>
    /// The newest <paramref name="wanted"/> matches. Sorting every match by its time costs more than finding them when a
    /// search matches much of the archive, so the matches are counted, then sorted only within the latest stretch of
    /// time that should hold enough of them (as long as the archive's span times the share wanted), widened until it does.
    /// </summary>
    private static TopDocs NewestFirst(IndexSearcher searcher, Query query, int wanted)
    {
        var counter = new TotalHitCountCollector();
        searcher.Search(query, counter);
        var total = counter.TotalHits;
        if (total <= wanted * 8 || SearchFilters.Span(searcher.IndexReader) is not var (oldest, latest) || latest <= oldest)
            return searcher.Search(query, null, wanted, ByNewest);
        var window = (latest - oldest) / total * wanted * 4;
        while (true)
        {
            var since = latest - window;
            var recentOnes = searcher.Search(new FilteredQuery(query, NumericRangeFilter.NewInt64Range(IndexFields.Published, since, null, true, true)), null, wanted, ByNewest);
            if (recentOnes.ScoreDocs.Length >= wanted || since <= oldest)
                return new TopDocs(total, recentOnes.ScoreDocs, recentOnes.MaxScore);
            window = window > long.MaxValue / 16 ? latest - oldest : window * 8;
        }
    }

    /// <param name="ranked">False when only which stories match counts (newest first, counting): no clause that only ranks.</param>
    private BooleanQuery? Match(string text, IndexReader reader, bool ranked = true)
    {
        var all = new BooleanQuery();
        var required = 0;
        var wanted = new List<string>();
        foreach (var part in QuerySyntax.Parse(text).Take(12))
        {
            if (part.IsPhrase)
            {
                if (Phrase(part.Text, ranked && !part.Excluded, reader) is not { } phrase) continue;
                all.Add(phrase, part.Excluded ? Occur.MUST_NOT : Occur.MUST);
                if (!part.Excluded) required++;
                continue;
            }
            // One typed word may be several (Jong-un): each must match, or with a minus none may.
            foreach (var word in TextAnalysis.Terms(analyzers.Plain, IndexFields.Names, part.Text).Distinct())
            {
                if (Word(word, forgiving: !part.Excluded, reader) is not var (found, rank)) continue;
                if (part.Excluded) all.Add(found, Occur.MUST_NOT);
                // "sudah", "antara": indexed (their derived words share the term) but never required, as a reader
                // typing "harga akan naik" also wants "harga naik"; alone they find nothing.
                else if (Analyzers.IsFunctionWord(word))
                {
                    if (ranked) all.Add(found, Occur.SHOULD);
                }
                else
                {
                    all.Add(found, Occur.MUST);
                    if (ranked) foreach (var clause in rank) all.Add(clause, Occur.SHOULD);
                    required++;
                    wanted.Add(word);
                }
            }
        }
        // Only exclusions, or only stop words: nothing to look for.
        if (required == 0) return null;
        if (ranked && wanted.Count > 1)
        {
            var adjacent = new PhraseQuery { Slop = 1, Boost = 3f };
            foreach (var word in wanted) adjacent.Add(new Term(IndexFields.Names, word));
            all.Add(adjacent, Occur.SHOULD);
        }
        return all;
    }

    /// <summary>
    /// One word: what a story must hold to match (the word's stem in either language's text, or for names within one
    /// typo when forgiving), and the clauses that rank it higher (found in the headline, tags, dek, byline); null for a stop word.
    /// </summary>
    private (Query Found, List<Query> Rank)? Word(string word, bool forgiving, IndexReader reader)
    {
        var found = new BooleanQuery();
        var rank = new List<Query>();
        foreach (var language in IndexFields.Languages)
        {
            var terms = TextAnalysis.Terms(analyzers.For(language), IndexFields.Text(language), word);
            // "dan", "the": a stop word in either language would otherwise match nearly every article of the other.
            if (terms.Count == 0) return null;
            // Each clause is looked up in every segment of the index: none for a language no story is written in.
            if (!HasLanguage(reader, language)) continue;
            foreach (var term in terms)
            {
                found.Add(new TermQuery(new Term(IndexFields.Text(language), term)), Occur.SHOULD);
                foreach (var (field, boost) in Weighted)
                    rank.Add(new TermQuery(new Term(field(language), term)) { Boost = boost });
            }
        }
        // One typo forgiven in longer words the index does not hold as typed (Putn); the first letter must be right, as
        // readers seldom get it wrong. A word the index holds is no typo, and expanding it would cost every search.
        if (forgiving && word.Length >= 4 && !word.Any(char.IsDigit) && reader.DocFreq(new Term(IndexFields.Names, word)) == 0)
            found.Add(new FuzzyQuery(new Term(IndexFields.Names, word), 1, 1) { Boost = 0.3f }, Occur.SHOULD);
        return (found, rank);
    }

    /// <summary>
    /// A quoted phrase: its words in order, stemmed as each language stems them (so "harga naik" also finds "harga
    /// menaikkan" only if the words stand so), with the gaps stop words leave; or the exact words in names. Found in a
    /// headline, it ranks higher.
    /// </summary>
    private static bool HasLanguage(IndexReader reader, string language) =>
        reader.DocFreq(new Term(IndexFields.Language, language)) > 0;

    private static readonly (Func<string, string> Field, float Boost)[] PhraseFields = [(IndexFields.Text, 2f), (IndexFields.Headline, 6f)];

    private BooleanQuery? Phrase(string text, bool ranked, IndexReader reader)
    {
        var either = new BooleanQuery();
        foreach (var language in IndexFields.Languages.Where(l => HasLanguage(reader, l)))
        {
            var terms = TextAnalysis.Positions(analyzers.For(language), IndexFields.Text(language), text);
            if (terms.Count == 0) continue;
            foreach (var (field, boost) in ranked ? PhraseFields : PhraseFields[..1])
            {
                var phrase = new PhraseQuery { Boost = boost };
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
            // A word the index holds is no typo: only the words it lacks are respelled (a search of two known words
            // that never meet in one story is answered at once, not after a walk through every spelling).
            var nearest = searcher.IndexReader.DocFreq(new Term(IndexFields.Names, word)) > 0 ? null : Nearest(terms, word);
            changed |= nearest is not null;
            parts.Add(nearest ?? part.Text);
        }
        if (!changed) return null;
        var suggestion = string.Join(' ', parts);
        if (Match(suggestion, searcher.IndexReader, ranked: false) is not { } match) return null;
        var found = searcher.Search(Filtered(match, request, searcher.IndexReader), 1).TotalHits;
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

    private Query Filtered(Query match, SearchRequest request, IndexReader reader) =>
        filters.For(request, reader) is { } filter ? new FilteredQuery(match, filter) : match;

    private SearchHit Hit(Lucene.Net.Documents.Document doc, Query query, Dictionary<string, Snippet.Terms> termsByLanguage)
    {
        var language = doc.Get(IndexFields.Language);
        var analyzer = analyzers.For(language);
        var field = IndexFields.Text(language);
        if (!termsByLanguage.TryGetValue(language, out var terms)) termsByLanguage[language] = terms = Snippet.Terms.Of(query, field);
        var headline = doc.Get(IndexFields.StoredHeadline);
        var text = doc.Get(IndexFields.StoredText) ?? "";
        var dek = doc.Get(IndexFields.StoredDek);
        // Both marked by the text field's words: the headline's own clauses only rank, and are left out when sorting by time.
        var headlineHtml = Snippet.MarkAll(analyzer, field, headline, terms) ?? Encode(headline);
        var snippet = Snippet.Best(analyzer, field, text, terms, passages: 2, size: 160)
            ?? Encode(dek ?? (text.Length <= 200 ? text : text[..text.LastIndexOf(' ', 200)] + " …"));
        return new SearchHit(
            int.Parse(doc.Get(IndexFields.Id), CultureInfo.InvariantCulture), doc.Get(IndexFields.Slug),
            new DateTime(long.Parse(doc.Get(IndexFields.Published), CultureInfo.InvariantCulture), DateTimeKind.Utc),
            doc.Get(IndexFields.Section), language, headlineHtml, snippet);
    }

    private static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);
}
