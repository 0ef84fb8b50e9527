namespace Warta.Bench.Corpus;

/// <summary>
/// Generated article text, news-shaped (sentences of 8–20 words, paragraphs of 2–4 sentences, 4–8 paragraphs) from
/// the words a corpus draws: the dense corpus (<see cref="IndonesianText"/>) or the realistic one (<see cref="RealisticText"/>).
/// </summary>
internal abstract class CorpusText(int seed)
{
    protected Random Random { get; } = new(seed);

    public abstract string Word();

    public string Sentence(int min = 8, int max = 20)
    {
        var words = Enumerable.Range(0, Random.Next(min, max)).Select(_ => Word()).ToList();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + ".";
    }

    public string Headline() => Sentence(5, 10).TrimEnd('.');

    public string Body()
    {
        var paragraphs = Enumerable.Range(0, Random.Next(4, 9))
            .Select(_ => string.Join(' ', Enumerable.Range(0, Random.Next(2, 5)).Select(_ => Sentence())));
        return string.Join("\n\n", paragraphs);
    }

    public int Next(int max) => Random.Next(max);
}
