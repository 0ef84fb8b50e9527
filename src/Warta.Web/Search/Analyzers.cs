using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using Warta.Web.Search.Indonesian;

namespace Warta.Web.Search;

/// <summary>
/// The analyzers the index uses: Indonesian (Lucene's tokenizer and stop words, Warta's root stemmer), English
/// (Lucene's, with Porter stemming), and a plain one for typo-tolerant matching of names.
/// </summary>
public sealed class Analyzers(IndonesianRootStemmer stemmer)
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Lucene's Indonesian stop words less those that are roots other words grow from (sudah → sesudahnya, antara →
    /// perantara, hadap → terhadap) or are themselves derived: those reach the index, so a derived word and its root
    /// share one term. Without the root list the stemmer cannot tell, and the full list stays.
    /// </summary>
    private static CharArraySet IndexStopWords(IndonesianRootStemmer stemmer)
    {
        if (!stemmer.Roots.IsAvailable) return IndonesianAnalyzer.DefaultStopSet;
        var kept = new CharArraySet(Version, IndonesianAnalyzer.DefaultStopSet.Count, ignoreCase: false);
        foreach (var word in IndonesianAnalyzer.DefaultStopSet.Select(w => w.ToString()!))
            if (stemmer.Stem(word) == word && !stemmer.Roots.FlagsOf(word).Any(char.IsUpper)) kept.Add(word);
        return kept;
    }

    /// <summary>A word the stop list of either language holds: searched as an option (it ranks), never required.</summary>
    public static bool IsFunctionWord(string word) =>
        IndonesianAnalyzer.DefaultStopSet.Contains(word) || EnglishAnalyzer.DefaultStopSet.Contains(word);

    public Analyzer Indonesian { get; } = new IndonesianRootAnalyzer(stemmer, IndexStopWords(stemmer));
    public Analyzer English { get; } = new EnglishAnalyzer(Version);
    public Analyzer Plain { get; } = new PlainAnalyzer();

    public Analyzer For(string language) => language == "en" ? English : Indonesian;

    private sealed class IndonesianRootAnalyzer(IndonesianRootStemmer stemmer, CharArraySet stopWords) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream result = new StandardFilter(Version, source);
            result = new LowerCaseFilter(Version, result);
            result = new ASCIIFoldingFilter(result);
            result = new StopFilter(Version, result, stopWords);
            result = new RootStemFilter(result, stemmer);
            return new TokenStreamComponents(source, result);
        }
    }

    private sealed class PlainAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream result = new LowerCaseFilter(Version, source);
            result = new ASCIIFoldingFilter(result);
            return new TokenStreamComponents(source, result);
        }
    }
}
