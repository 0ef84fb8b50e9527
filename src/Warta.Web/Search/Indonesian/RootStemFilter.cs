using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Warta.Web.Search.Indonesian;

/// <summary>Replaces each token with its Indonesian root (see <see cref="IndonesianRootStemmer"/>).</summary>
public sealed class RootStemFilter : TokenFilter
{
    private readonly IndonesianRootStemmer stemmer;
    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;

    public RootStemFilter(TokenStream input, IndonesianRootStemmer stemmer) : base(input)
    {
        this.stemmer = stemmer;
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (keyword.IsKeyword) return true;
        var word = term.ToString();
        var root = stemmer.Stem(word);
        if (!ReferenceEquals(root, word) && root != word) term.SetEmpty().Append(root);
        return true;
    }
}
