using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Warta.Web.Search;

public static class TextAnalysis
{
    /// <summary>The terms <paramref name="analyzer"/> stores for <paramref name="text"/> in <paramref name="field"/>.</summary>
    public static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
