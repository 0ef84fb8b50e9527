namespace Warta.Bench.Corpus;

/// <summary>
/// The affixed forms a root's hunspell-id flags allow (two characters each: a prefix class, then a suffix class),
/// built with the meN-/peN- sound changes, for generated text. The stemmer is what is measured, so this is written
/// from the grammar, not from it.
/// </summary>
internal static class Affixed
{
    private const int MostForms = 4;

    public static IEnumerable<string> Forms(string root, string flags)
    {
        yield return root;
        var made = 0;
        for (var i = 0; i + 1 < flags.Length && made < MostForms; i += 2)
        {
            var prefix = flags[i] switch
            {
                'B' => root.StartsWith('r') ? "be" : "ber",
                'D' => "di",
                'M' => Nasal("me", root),
                'P' => Nasal("pe", root),
                'K' => "ke",
                'T' => root.StartsWith('r') ? "te" : "ter",
                'S' => "se",
                _ when char.IsLower(flags[i]) => "",
                _ => null,
            };
            var suffix = (char.IsLower(flags[i]) ? flags[i] : flags[i + 1]) switch
            {
                '0' => "",
                'i' => "i",
                'k' => "kan",
                'a' => "an",
                _ => null,
            };
            if (prefix is null || suffix is null || prefix.Length + suffix.Length == 0) continue;
            var body = flags[i] is 'M' or 'P' ? NasalBody(root) : root;
            made++;
            yield return prefix + body + suffix;
        }
    }

    /// <summary>meN-/peN- before the root's first sound: the prefix's ending.</summary>
    private static string Nasal(string prefix, string root) => root[0] switch
    {
        'p' or 'b' or 'f' or 'v' => prefix + "m",
        't' or 'c' or 'd' or 'j' or 'z' => prefix + "n",
        's' => prefix + "ny",
        'k' or 'g' or 'h' or 'a' or 'e' or 'i' or 'o' or 'u' => prefix + "ng",
        _ => prefix,
    };

    /// <summary>The voiceless first sounds p, t, s, k melt into the nasal (pukul → memukul); the others stay.</summary>
    private static string NasalBody(string root) =>
        root.Length > 1 && root[0] is 'p' or 't' or 's' or 'k' && "aeiou".Contains(root[1]) ? root[1..] : root;
}
