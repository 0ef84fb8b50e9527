using System.Globalization;
using System.Text;

namespace Warta.Bench.Corpus;

/// <summary>
/// News-shaped Indonesian text with a vocabulary as wide as a newsroom's: every root of Debian's hunspell-id
/// dictionary (read at run time, never copied), ranked once at random and drawn by Zipf's law, each in the affixed
/// forms its dictionary flags allow; people's names, places and figures among them. Two ordinary words of a search
/// then meet in well under one story in a hundred, as they do in a real archive, where the dense corpus
/// (<see cref="IndonesianText"/>) makes nearly every search match half of everything.
/// </summary>
internal sealed class RealisticText : CorpusText
{
    private static readonly string[] Function =
    [
        "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "itu", "ini", "akan", "telah", "juga",
        "tidak", "ada", "oleh", "sebagai", "karena", "bahwa", "atau", "saat", "sudah", "masih", "para", "bagi",
    ];

    private static readonly string[] GivenNames =
    [
        "Agus", "Budi", "Dewi", "Eko", "Fitri", "Gita", "Hendra", "Indah", "Joko", "Kartika", "Lestari", "Made", "Nur",
        "Oki", "Putri", "Rina", "Slamet", "Teguh", "Udin", "Wahyu", "Yusuf", "Zainal", "Ahmad", "Bambang", "Citra",
        "Dian", "Endang", "Fajar", "Hadi", "Iwan", "Januarti", "Ketut", "Lukas", "Maria", "Nyoman", "Rudi", "Sri",
        "Tri", "Wayan", "Yohanes", "Andi", "Retno", "Sinta", "Taufik", "Ucok", "Vera", "Wulan", "Yanti", "Arif", "Bayu",
    ];

    private static readonly string[] FamilyNames =
    [
        "Santoso", "Siahaan", "Tarigan", "Nasution", "Wibowo", "Hidayat", "Saputra", "Gunawan", "Kusuma", "Lubis",
        "Simanjuntak", "Pratama", "Setiawan", "Harahap", "Sinaga", "Wijaya", "Rahman", "Hakim", "Sitompul", "Manurung",
        "Suharto", "Halim", "Purba", "Daulay", "Pangaribuan", "Rumbiak", "Wenda", "Latuconsina", "Pattimura", "Mandagi",
        "Sondakh", "Lumban", "Tanjung", "Batubara", "Marpaung", "Sembiring", "Ginting", "Karo", "Bangun", "Silalahi",
    ];

    private static readonly string[] Places =
    [
        "Jakarta", "Surabaya", "Medan", "Makassar", "Kupang", "Jayapura", "Pontianak", "Ambon", "Bandung", "Semarang",
        "Yogyakarta", "Denpasar", "Mataram", "Palembang", "Padang", "Pekanbaru", "Jambi", "Bengkulu", "Lampung",
        "Banjarmasin", "Samarinda", "Balikpapan", "Manado", "Palu", "Kendari", "Gorontalo", "Ternate", "Sorong",
        "Merauke", "Timika", "Bogor", "Depok", "Bekasi", "Tangerang", "Cirebon", "Tegal", "Solo", "Malang", "Kediri",
        "Jember", "Banyuwangi", "Madiun", "Magelang", "Purwokerto", "Tasikmalaya", "Garut", "Sukabumi", "Serang",
        "Cilegon", "Batam", "Tanjungpinang", "Pangkalpinang", "Bukittinggi", "Sibolga", "Pematangsiantar", "Binjai",
        "Lhokseumawe", "Banda Aceh", "Sabang", "Bima", "Sumbawa", "Ende", "Maumere", "Labuan Bajo", "Nunukan",
        "Tarakan", "Palangka Raya", "Sampit", "Ketapang", "Singkawang", "Bitung", "Tomohon", "Luwuk", "Bau-Bau",
        "Parepare", "Palopo", "Mamuju", "Tual", "Fakfak", "Manokwari", "Wamena", "Nabire", "Biak", "Serui",
    ];

    private readonly string[] ranked;
    private readonly double[] cumulative;
    private readonly string[] people;

    public RealisticText(int seed, string dictionaryPath = "/usr/share/hunspell/id_ID.dic") : base(seed)
    {
        if (!File.Exists(dictionaryPath))
            throw new FileNotFoundException("The realistic corpus draws its words from hunspell-id: apt-get install hunspell-id", dictionaryPath);
        var entries = File.ReadLines(dictionaryPath, Encoding.Latin1).Skip(1)
            .Select(line => line.Split('/', 2))
            .Where(e => e[0].Length >= 2 && char.IsAsciiLetterLower(e[0][0]) && e[0].All(c => char.IsAsciiLetterLower(c) || c == '-') && !e[0].EndsWith('-'))
            .ToList();
        // Words that take affixes are the everyday ones: they lead the ranking (at random among themselves), the
        // rest of the dictionary (loanwords, rare terms) follows, so common words carry their prefixes and suffixes.
        var order = new Random(seed + 1);
        var forms = entries.Select(e => (Word: e[0], Flags: e.Length > 1 ? e[1] : "", Key: order.NextDouble()))
            .OrderBy(e => e.Flags.Length == 0).ThenBy(e => e.Key)
            .Select(e => Affixed.Forms(e.Word, e.Flags))
            .ToList();
        // Each affixed form is its own word in the ranking, close to its root.
        ranked = forms.SelectMany(f => f).ToArray();
        // Zipf, s = 1: the word at rank r is drawn with weight 1 / (r + 2.7) (Mandelbrot's shift keeps the head flatter).
        cumulative = new double[ranked.Length];
        var sum = 0.0;
        for (var r = 0; r < ranked.Length; r++) cumulative[r] = sum += 1.0 / (r + 1 + 2.7);
        for (var r = 0; r < ranked.Length; r++) cumulative[r] /= sum;
        people = GivenNames.SelectMany(g => FamilyNames.Select(f => g + " " + f)).OrderBy(_ => order.Next()).ToArray();
    }

    public int VocabularySize => ranked.Length;

    /// <summary>The word at this rank (0 most common), for search mixes drawn from the same law.</summary>
    public string WordAt(int rank) => ranked[Math.Min(rank, ranked.Length - 1)];

    public string Person() => people[Zipf(people.Length)];
    public string Place() => Places[Zipf(Places.Length)];

    public override string Word()
    {
        var roll = Random.Next(100);
        if (roll < 28) return Function[Random.Next(Function.Length)];
        if (roll < 29) return Person();
        if (roll < 30) return Place();
        if (roll < 34) return Figure();
        var u = Random.NextDouble();
        var index = Array.BinarySearch(cumulative, u);
        return ranked[index < 0 ? Math.Min(~index, ranked.Length - 1) : index];
    }

    private string Figure() => Random.Next(4) switch
    {
        0 => Random.Next(1, 999).ToString(CultureInfo.InvariantCulture) + " persen",
        1 => "Rp " + Random.Next(1, 999).ToString(CultureInfo.InvariantCulture) + "," + Random.Next(10) + " miliar",
        2 => (2000 + Random.Next(27)).ToString(CultureInfo.InvariantCulture),
        _ => Random.Next(1, 99).ToString(CultureInfo.InvariantCulture) + "." + Random.Next(1000).ToString("000", CultureInfo.InvariantCulture),
    };

    /// <summary>A rank drawn by Zipf's law over <paramref name="count"/> items.</summary>
    private int Zipf(int count)
    {
        var h = 0.0;
        var target = Random.NextDouble() * Harmonic(count);
        for (var r = 1; r <= count; r++) if ((h += 1.0 / r) >= target) return r - 1;
        return count - 1;
    }

    private static double Harmonic(int n) => Enumerable.Range(1, n).Sum(r => 1.0 / r);

}
