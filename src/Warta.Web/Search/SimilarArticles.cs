using System.Globalization;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Microsoft.Extensions.Caching.Memory;

namespace Warta.Web.Search;

/// <summary>
/// "More like this" over the index: the articles whose words are most like this one's, then re-ranked with shared
/// tags and recency, as an editor would weigh them.
/// </summary>
public sealed class SimilarArticles(ArticleIndex index, Analyzers analyzers, IMemoryCache cache)
{
    private const int Candidates = 25;

    // Relatedness changes slowly; recomputing it (re-analysing the whole story) on every page view is wasted work.
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(5);

    /// <summary>Ids of the most related published articles, best first; null when the index cannot answer yet.</summary>
    public IReadOnlyList<int>? Find(int articleId, DateTime utcNow, int count)
    {
        if (!index.IsReady) return null;
        if (cache.TryGetValue<List<int>>(("similar", articleId, count), out var known)) return known;
        var found = Compute(articleId, utcNow, count);
        if (found is not null) cache.Set(("similar", articleId, count), found, Keep);
        return found;
    }

    private List<int>? Compute(int articleId, DateTime utcNow, int count)
    {
        return index.Search(searcher =>
        {
            var self = searcher.Search(new TermQuery(new Term(IndexFields.Id, articleId.ToString(CultureInfo.InvariantCulture))), 1);
            if (self.TotalHits == 0) return null;
            var doc = searcher.Doc(self.ScoreDocs[0].Doc);
            var language = doc.Get(IndexFields.Language);
            var tags = doc.GetValues(IndexFields.Tag).ToHashSet(StringComparer.Ordinal);
            var section = doc.Get(IndexFields.Section);

            var mlt = new MoreLikeThis(searcher.IndexReader)
            {
                Analyzer = analyzers.For(language),
                FieldNames = [IndexFields.Text(language)],
                MinTermFreq = 1,
                MinDocFreq = 1,
                MaxQueryTerms = 30,
                StopWords = language == "en" ? null : IndonesianAnalyzer.DefaultStopSet,
            };
            // A word found in a quarter of a sizeable archive (a recurring headline word, a house phrase) says nothing
            // of what a story is about; in a small archive every word still counts.
            if (searcher.IndexReader.NumDocs >= 100) mlt.SetMaxDocFreqPct(25);
            var like = mlt.Like(new StringReader(doc.Get(IndexFields.StoredHeadline) + "\n" + doc.Get(IndexFields.StoredText)), IndexFields.Text(language));
            var query = new BooleanQuery
            {
                { like, Occur.MUST },
                { new TermQuery(new Term(IndexFields.Id, articleId.ToString(CultureInfo.InvariantCulture))), Occur.MUST_NOT },
            };
            var visible = NumericRangeQuery.NewInt64Range(IndexFields.Published, null, utcNow.Ticks, true, true);
            var top = searcher.Search(new FilteredQuery(query, new QueryWrapperFilter(visible)), Candidates);
            if (top.ScoreDocs.Length == 0) return [];

            var best = top.ScoreDocs[0].Score;
            return top.ScoreDocs
                .Select(hit =>
                {
                    var candidate = searcher.Doc(hit.Doc);
                    var shared = candidate.GetValues(IndexFields.Tag).Count(tags.Contains);
                    var ageDays = (utcNow - new DateTime(long.Parse(candidate.Get(IndexFields.Published), CultureInfo.InvariantCulture), DateTimeKind.Utc)).TotalDays;
                    var score = hit.Score / best
                        + 0.6 * shared / Math.Max(1, tags.Count)
                        + 0.2 * Math.Exp(-Math.Max(0, ageDays) / 30)
                        + (candidate.Get(IndexFields.Section) == section ? 0.1 : 0);
                    return (Id: int.Parse(candidate.Get(IndexFields.Id), CultureInfo.InvariantCulture), Score: score);
                })
                .OrderByDescending(c => c.Score)
                .Take(count)
                .Select(c => c.Id)
                .ToList();
        });
    }
}
