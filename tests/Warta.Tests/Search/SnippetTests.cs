using Warta.Web.Search;
using Warta.Web.Search.Indonesian;

namespace Warta.Tests.Search;

/// <summary>
/// Result snippets: the words are matched as the index reads them (roots), the passage shown is the one holding most
/// of the searched words, the stored text is encoded, and a story that does not hold the words gets no snippet.
/// </summary>
public class SnippetTests
{
    private static readonly Analyzers Analyzers = new(new IndonesianRootStemmer(RootWords.Load()));
    private static readonly string Field = IndexFields.Text("id");

    private static Snippet.Terms TermsOf(params string[] words) =>
        new(words.SelectMany(w => TextAnalysis.Terms(Analyzers.Indonesian, Field, w)));

    [Fact]
    public void MarksDerivedForms_OfTheSearchedRoot()
    {
        Assert.True(RootWords.Load().IsAvailable, $"No root list at {RootWords.DebianPath}: install Debian's hunspell-id (./test.sh does).");
        var html = Snippet.MarkAll(Analyzers.Indonesian, Field, "Presiden mengunjungi pasar, kunjungan kedua tahun ini", TermsOf("kunjungan"));

        Assert.Equal("Presiden <mark>mengunjungi</mark> pasar, <mark>kunjungan</mark> kedua tahun ini", html);
    }

    [Fact]
    public void ChoosesThePassage_HoldingMostOfTheWords_InTextOrder()
    {
        var filler = string.Join(' ', Enumerable.Repeat("Warga berkumpul di balai desa sejak pagi.", 12));
        var text = $"Harga beras dibahas sebentar. {filler} Nelayan mengeluhkan harga solar di pelabuhan. {filler} Penutup laporan.";

        var html = Snippet.Best(Analyzers.Indonesian, Field, text, TermsOf("harga", "solar"), passages: 1, size: 160)!;

        Assert.Contains("<mark>harga</mark> <mark>solar</mark>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("beras", html, StringComparison.Ordinal);
        Assert.True(html.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal).Length <= 160, html);

        var two = Snippet.Best(Analyzers.Indonesian, Field, text, TermsOf("harga", "solar"), passages: 2, size: 160)!;
        var parts = two.Split(" … ");
        Assert.Equal(2, parts.Length);
        Assert.Contains("<mark>Harga</mark> beras", parts[0], StringComparison.Ordinal);
        Assert.Contains("<mark>solar</mark>", parts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void EncodesTheStoredText_AndFindsNothingWhereNoWordMatches()
    {
        var html = Snippet.Best(Analyzers.Indonesian, Field, "Banjir <script>alert(1)</script> & rob", TermsOf("banjir"), 2, 160);

        Assert.Equal("<mark>Banjir</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; rob", html);
        Assert.Null(Snippet.Best(Analyzers.Indonesian, Field, "Panitia menyiapkan panggung.", TermsOf("banjir"), 2, 160));
        Assert.Null(Snippet.MarkAll(Analyzers.Indonesian, Field, "", TermsOf("banjir")));
    }

    [Fact]
    public void TakesTheWordsAQuerySearches_NotThoseItExcludes()
    {
        var query = new Lucene.Net.Search.BooleanQuery
        {
            { new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(Field, "banjir")), Lucene.Net.Search.Occur.MUST },
            { new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(Field, "jakarta")), Lucene.Net.Search.Occur.MUST_NOT },
            { new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(IndexFields.Headline("id"), "rob")), Lucene.Net.Search.Occur.SHOULD },
        };

        var html = Snippet.MarkAll(Analyzers.Indonesian, Field, "Banjir rob di Jakarta", Snippet.Terms.Of(query, Field));

        Assert.Equal("<mark>Banjir</mark> rob di Jakarta", html);
    }
}
