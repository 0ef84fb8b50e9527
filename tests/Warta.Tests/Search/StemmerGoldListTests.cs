using System.Globalization;
using Warta.Web.Search.Indonesian;
using Xunit.Abstractions;

namespace Warta.Tests.Search;

/// <summary>
/// The stemmer measured against the project's own gold list of word → root pairs (Search/gold-stems.tsv).
/// The thresholds are the accuracy reached when they were set: a change that makes stemming worse fails here.
/// </summary>
public class StemmerGoldListTests(ITestOutputHelper output)
{
    private const double AccuracyWithRoots = 0.985; // 360 of 364 when set
    private const double AccuracyWithoutRoots = 0.78; // 287 of 364 when set

    private static readonly (string Word, string Root)[] Gold = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Search", "gold-stems.tsv"))
        .Select(l => l.Split('\t')).Select(p => (p[0], p[1])).ToArray();

    private double Measure(IndonesianRootStemmer stemmer, string label)
    {
        var misses = Gold.Where(g => stemmer.Stem(g.Word) != g.Root).ToList();
        var accuracy = 1.0 - (double)misses.Count / Gold.Length;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: {Gold.Length - misses.Count}/{Gold.Length} = {accuracy:P1}"));
        foreach (var (word, root) in misses) output.WriteLine($"  {word} → {stemmer.Stem(word)} (expected {root})");
        return accuracy;
    }

    [Fact]
    public void GoldList_HasAtLeast200DistinctWords()
    {
        Assert.True(Gold.Length >= 200, $"{Gold.Length} pairs");
        Assert.Equal(Gold.Length, Gold.Select(g => g.Word).Distinct().Count());
    }

    [Fact]
    public void WithHunspellRoots_AccuracyHoldsItsMark()
    {
        var roots = RootWords.Load();
        Assert.True(roots.IsAvailable, $"No root list at {RootWords.DebianPath}: install Debian's hunspell-id (./test.sh does).");

        var accuracy = Measure(new IndonesianRootStemmer(roots), "hunspell-id roots");

        Assert.True(accuracy >= AccuracyWithRoots, $"accuracy {accuracy:P1} fell below {AccuracyWithRoots:P0}");
    }

    [Fact]
    public void WithoutRoots_LucenesLightStemmerStillWorks()
    {
        var accuracy = Measure(new IndonesianRootStemmer(RootWords.Empty), "no root list (Lucene light stemmer)");

        Assert.True(accuracy >= AccuracyWithoutRoots, $"accuracy {accuracy:P1} fell below {AccuracyWithoutRoots:P0}");
    }
}
