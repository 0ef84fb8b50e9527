namespace Warta.Bench.Corpus;

/// <summary>Generated article text: the dense corpus (<see cref="IndonesianText"/>) or the realistic one (<see cref="RealisticText"/>).</summary>
internal interface ICorpusText
{
    string Headline();
    string Sentence(int min = 8, int max = 20);
    string Body();
    int Next(int max);
}
