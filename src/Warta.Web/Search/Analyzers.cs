using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
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

    public Analyzer Indonesian { get; } = new IndonesianRootAnalyzer(stemmer);
    public Analyzer English { get; } = new EnglishAnalyzer(Version);
    public Analyzer Plain { get; } = new PlainAnalyzer();

    public Analyzer For(string language) => language == "en" ? English : Indonesian;

    private sealed class IndonesianRootAnalyzer(IndonesianRootStemmer stemmer) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream result = new StandardFilter(Version, source);
            result = new LowerCaseFilter(Version, result);
            result = new ASCIIFoldingFilter(result);
            result = new StopFilter(Version, result, IndonesianAnalyzer.DefaultStopSet);
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
