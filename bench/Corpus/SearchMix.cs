namespace Warta.Bench.Corpus;

/// <summary>
/// What readers of a realistic archive type: mostly two ordinary words (drawn by rank from the corpus's own law, from
/// the common to the rare), a person's name, a place with a word, now and then one word alone.
/// </summary>
internal static class SearchMix
{
    public static string[] Realistic(RealisticText text, int count)
    {
        var random = new Random(7);
        // Ranks spread evenly on a log scale between the everyday (1,000) and the rare (40,000). A search finds every form
        // of a word's root, so a word ranked 1,000 as typed may still stand in several stories in a hundred.
        string Ordinary() => text.WordAt((int)Math.Exp(random.NextDouble() * (Math.Log(40_000) - Math.Log(1_000)) + Math.Log(1_000)));
        return Enumerable.Range(0, count).Select(_ => random.Next(20) switch
        {
            < 14 => Ordinary() + " " + Ordinary(),
            < 16 => text.Person(),
            < 19 => text.Place() + " " + Ordinary(),
            _ => Ordinary(),
        }).ToArray();
    }
}
