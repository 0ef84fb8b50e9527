namespace Warta.Web.Search.Indonesian;

/// <summary>
/// Words formed with the infixes -el-, -em-, -er- and -in-. The infixes stopped being productive long ago: the words
/// that carry them are a closed set, which grammars list, and most look like other roots with a syllable inside
/// (seminar is not sinar, serangga not sangga, seluruh not suruh). So they are listed, not guessed; each is read as
/// its root only where the dictionary has that root. So are the two words where bel- and pel- survive (belajar,
/// pelajar: ajar), which the dictionary keeps as roots of their own.
/// </summary>
public static class Infixed
{
    private static readonly Dictionary<string, string> Roots = new(StringComparer.Ordinal)
    {
        // -el-
        ["telunjuk"] = "tunjuk", ["telapak"] = "tapak", ["geletar"] = "getar", ["gelembung"] = "gembung",
        ["gelantung"] = "gantung", ["geligi"] = "gigi", ["telusuk"] = "tusuk", ["pelatuk"] = "patuk", ["gelegar"] = "gegar",
        // -em-
        ["gemetar"] = "getar", ["gemuruh"] = "guruh", ["kemilau"] = "kilau", ["temali"] = "tali", ["jemari"] = "jari",
        ["gemerlap"] = "gerlap", ["cemerlang"] = "cerlang", ["gemilang"] = "gilang", ["gemertak"] = "gertak",
        ["semerbak"] = "serbak", ["kemuning"] = "kuning", ["temurun"] = "turun", ["gemeretak"] = "geretak",
        ["gemilap"] = "gilap", ["gemulung"] = "gulung", ["gemuntur"] = "guntur",
        // -er-
        ["seruling"] = "suling", ["gerigi"] = "gigi",
        // -in-
        ["sinambung"] = "sambung", ["kinerja"] = "kerja", ["kinasih"] = "kasih",
        // bel-/pel-
        ["belajar"] = "ajar", ["pelajar"] = "ajar",
    };

    /// <summary>The root of an infixed word the dictionary confirms, or the word itself.</summary>
    public static string Root(RootWords dictionary, string word) =>
        Roots.TryGetValue(word, out var root) && dictionary.Contains(root) ? root : word;
}
