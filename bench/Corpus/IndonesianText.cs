namespace Warta.Bench.Corpus;

/// <summary>
/// Indonesian-like news text for load tests: real roots with real affixes (meN-, di-, ber-, peN-an, ke-an, -kan, -i)
/// in news-shaped sentences, deterministic for a given seed. Not meant to be read; meant to be stemmed and ranked.
/// </summary>
internal sealed class IndonesianText(int seed) : CorpusText(seed)
{
    private static readonly string[] Roots =
    [
        "kunjung", "tulis", "pukul", "temu", "ajar", "main", "tani", "bangun", "baca", "dengar", "lihat", "ambil", "kirim",
        "tanam", "beli", "jual", "bantu", "lapor", "periksa", "tangkap", "serang", "pimpin", "pilih", "menang", "latih",
        "jalan", "rusak", "hilang", "datang", "kuat", "bersih", "tingkat", "turun", "naik", "umum", "tanya", "jawab",
        "kerja", "terima", "kenal", "guna", "kembang", "ubah", "sebab", "usaha", "atur", "siap", "bayar", "tumbuh",
        "terbang", "pulang", "ungsi", "putus", "dagang", "ekonomi", "senjata", "didik", "aman", "satu", "perintah",
        "adil", "sampai", "nyata", "hapus", "selidik", "selesai", "sehat", "tekan", "harga", "pasar", "banjir", "laut",
    ];

    private static readonly string[] Plain =
    [
        "pemerintah", "daerah", "warga", "kota", "desa", "presiden", "menteri", "gubernur", "polisi", "sekolah", "rumah",
        "sakit", "pantai", "nelayan", "petani", "pelabuhan", "anggaran", "tahun", "bulan", "pekan", "hari", "pagi",
        "malam", "jumlah", "persen", "rupiah", "juta", "miliar", "kilogram", "ribu", "baru", "besar", "kecil", "tinggi",
    ];

    private static readonly string[] Function = ["yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "itu", "ini", "akan", "telah", "juga"];

    private static readonly string[] Names =
    [
        "Jakarta", "Surabaya", "Medan", "Makassar", "Kupang", "Jayapura", "Pontianak", "Ambon", "Kim Jong-un", "Putin",
        "Sri Mulyani", "Budi Santoso", "Siti Aminah", "Yohanes Tarigan", "Maria Siahaan", "ASEAN", "Bank Indonesia",
    ];


    public override string Word()
    {
        var roll = Random.Next(100);
        if (roll < 30) return Function[Random.Next(Function.Length)];
        if (roll < 50) return Plain[Random.Next(Plain.Length)];
        if (roll < 53) return Names[Random.Next(Names.Length)];
        var root = Roots[Random.Next(Roots.Length)];
        return Random.Next(9) switch
        {
            0 => root,
            1 => "di" + root,
            2 => "ber" + root,
            3 => Nasal("me", root),
            4 => Nasal("me", root) + "kan",
            5 => Nasal("pe", root) + "an",
            6 => "ke" + root + "an",
            7 => root + "an",
            _ => "di" + root + "i",
        };
    }


    private static string Nasal(string prefix, string root) => root[0] switch
    {
        'p' => prefix + "m" + root[1..],
        't' => prefix + "n" + root[1..],
        's' => prefix + "ny" + root[1..],
        'k' => prefix + "ng" + root[1..],
        'b' or 'f' or 'v' => prefix + "m" + root,
        'c' or 'd' or 'j' or 'z' => prefix + "n" + root,
        'g' or 'h' or 'a' or 'e' or 'i' or 'o' or 'u' => prefix + "ng" + root,
        _ => prefix + root,
    };
}
