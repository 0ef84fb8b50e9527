using System.Text;
using Warta.Web.Checks;

namespace Warta.Tests.Checks;

/// <summary>
/// The editorial checks on texts written for the project: each defect found where it is, and clean texts — with the
/// conventions that look like defects (a quotation over several paragraphs, apostrophes, reduplication) — raising
/// nothing, since a false alarm costs the desk as much as a miss.
/// </summary>
public class EditorialCheckTests
{
    private static readonly CheckContext Indonesian = new();
    private static readonly CheckContext English = new() { Language = "en" };

    private static List<Finding> Check(string file, CheckContext? context = null) =>
        EditorialChecks.Run(CheckedText.FromFile(file), context ?? Indonesian);

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Checks", "Fixtures", name));

    [Theory]
    [InlineData("bersih-id.txt", "id")]
    [InlineData("bersih-en.txt", "en")]
    [InlineData("bersih.html", "id")]
    public void ACleanStory_RaisesNothing(string fixture, string language)
    {
        var findings = Check(Fixture(fixture), language == "en" ? English : Indonesian);
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void ACleanStory_StaysCleanInEveryShapeAFileComesIn()
    {
        var story = Fixture("bersih-id.txt");
        foreach (var variant in new[]
        {
            story.Replace("\n", "\r\n", StringComparison.Ordinal),
            "\uFEFF" + story,
            "\n\n  " + story.Replace("\n\n", "\n  \n", StringComparison.Ordinal),
            // Straight marks where the fixture has curly ones.
            story.Replace('“', '"').Replace('”', '"'),
        })
        {
            var findings = Check(variant);
            Assert.True(findings.Count == 0, string.Join("\n", findings));
        }
        // The HTML fixture minified onto two lines, and with its marks as entities.
        var html = Fixture("bersih.html");
        var lines = html.Split('\n', 2);
        Assert.Empty(Check(lines[0] + "\n" + lines[1].Replace("\n", "", StringComparison.Ordinal)));
        Assert.Empty(Check(html.Replace("&ldquo;", "&#8220;", StringComparison.Ordinal).Replace("&rdquo;", "&#x201D;", StringComparison.Ordinal)));
    }

    [Theory]
    // Quotation marks.
    [InlineData("“Kami belum menerima laporan itu,” kata Budi.\n\n“Semua masih kami periksa, ujar Budi.", "quotes", "ChkQuoteUnclosed", 2)]
    [InlineData("Budi mengatakan bahwa “hasilnya belum final.\n\nSemua masih diperiksa.", "quotes", "ChkQuoteUnclosed", 1)]
    [InlineData("Ia menyebut rencana itu gagal.” Semua diam.", "quotes", "ChkQuoteStrayClose", 1)]
    [InlineData("“Kami menolak “standar ganda” itu,” kata Budi.", "quotes", "ChkQuoteNested", 1)]
    [InlineData("“Hubungan kedua negara setara, “kata Putin dalam artikelnya.", "quotes", "ChkQuoteWrongWay", 1)]
    [InlineData("Ia menyebut ‘rencana besar itu, lalu pergi.", "quotes", "ChkQuoteSingleUnclosed", 1)]
    // Attribution.
    [InlineData("Rapat berlangsung hingga malam.\n\n“Semua keputusan ini sudah melalui pertimbangan panjang dan matang.”", "attribution", "ChkUnattributed", 2)]
    // Names.
    [InlineData("Presiden Joko Widodo tiba pukul 09.00.\n\nSetelah itu Joko Widoda meninjau pasar.", "names", "ChkNameNear", 2)]
    [InlineData("Kim Jong-un tiba di Moskow.\n\nKim Jong Un lalu bertemu Putin.", "names", "ChkNameTwoWays", 2)]
    [InlineData("“Ini kemenangan,” kata Easley.\n\n“Ini pergeseran besar,” kata Isley kepada wartawan.", "names", "ChkNameNear", 2)]
    // Punctuation.
    [InlineData("Kim Jong Un tiba.\n\nMereka menyambut Kim. Jong Un di bandara.", "punctuation", "ChkBrokenName", 2)]
    [InlineData("“Semua sudah selesai.” katanya singkat.", "punctuation", "ChkQuoteSentenceGoesOn", 1)]
    [InlineData("Ia menulis di surat kabar “Rodong Sinmun.”.", "punctuation", "ChkClosedTwice", 1)]
    // Dates.
    [InlineData("Putin tiba pada Kamis (19 Juni 2024) pagi.", "dates", "ChkDateWeekday", 1)]
    [InlineData("Sidang digelar Senin, 31 Juni 2025.", "dates", "ChkDateImpossible", 1)]
    [InlineData("Sidang digelar Selasa pagi (2/3/2026).", "dates", "ChkDateWeekday", 1)]
    // Slips.
    [InlineData("Warga berkumpul di di balai desa.", "slips", "ChkWordTwice", 1)]
    [InlineData("Kerugian ditaksir mencapai Rp TK miliar.", "slips", "ChkPlaceholder", 1)]
    [InlineData("Menurut [nama jabatan], rapat ditunda.", "slips", "ChkPlaceholder", 1)]
    [InlineData("Hujan deras mengguyur kota sejak pagi hingga sore hari ini.\n\nWarga diminta waspada.\n\nHujan deras mengguyur kota sejak pagi hingga sore hari ini.", "slips", "ChkParagraphTwice", 3)]
    // "Baca juga".
    [InlineData("[baca-juga id=4]\n\nParagraf pertama berita.", "related", "ChkRelatedFirst", 1)]
    [InlineData("Paragraf pertama.\n\nBaca juga: Satu\n\nDua.\n\nBaca juga: Dua\n\nTiga.\n\nBaca juga: Tiga\n\nEmpat.\n\nBACA JUGA - Empat\n\nLima.", "related", "ChkRelatedTooMany", 8)]
    public void ADefect_IsFoundWhereItIs(string body, string check, string key, int paragraph)
    {
        var findings = Check("Judul Berita Uji\n\n" + body);
        Assert.Contains(findings, f => f.Check == check && f.Key == key && f.Paragraph == paragraph);
    }

    [Fact]
    public void EnglishDefects_AreFoundInAnEnglishText()
    {
        var findings = Check("Test Story\n\n\"The council has not seen the report yet and will not comment on it.\"\n\nThe meeting ran late into the night on Tuesday, June 19, 2024.", English);
        Assert.Contains(findings, f => f.Key == "ChkUnattributed" && f.Paragraph == 1);
        Assert.Contains(findings, f => f.Key == "ChkDateWeekday" && f.Paragraph == 2);
    }

    [Fact]
    public void AHeadlineLongerThanGoogleNewsShows_AndAnImageWithoutAlt_AreFound()
    {
        var headline = new string('a', 60) + " " + new string('b', 60);
        var findings = Check($"{headline}\n<p>Isi berita.</p>\n<p><img src=\"/media/x.jpg\"></p>");
        Assert.Contains(findings, f => f.Key == "ChkHeadlineLong" && f.Paragraph == 0);
        Assert.Contains(findings, f => f.Key == "ChkImageAlt" && f.Line == 3);
    }

    [Fact]
    public void RelatedTargets_AreJudgedByWhatTheSiteKnows()
    {
        var text = CheckedText.FromFile("Judul\n\nParagraf pertama.\n\n[baca-juga id=7]\n\nKedua.\n\nBaca juga: Berita yang dihapus\n\nKetiga.\n\nBaca juga: Berita lama");
        var findings = EditorialChecks.Run(text, new CheckContext
        {
            Related = new Dictionary<int, RelatedState> { [2] = RelatedState.Unpublished, [4] = RelatedState.Trashed, [6] = RelatedState.Published },
        });
        Assert.Equal(["ChkRelatedUnpublished", "ChkRelatedTrashed"], findings.Select(f => f.Key));
    }

    [Fact]
    public void NamesAsEarlierStoriesSpellThem_AreFound()
    {
        var text = CheckedText.FromFile("Judul\n\nPemimpin Korea Utara Kim Jong-un tiba di Moskow.");
        var findings = EditorialChecks.Run(text, new CheckContext { EarlierNames = new Dictionary<string, string> { [NameSpellings.Key("Kim Jong Un")] = "Kim Jong Un" } });
        var finding = Assert.Single(findings);
        Assert.Equal(("names", "ChkNameEarlier", 1), (finding.Check, finding.Key, finding.Paragraph));
    }

    [Theory]
    // Conventions that look like defects and are not.
    [InlineData("“Kami bertahan di sini selama tiga hari tanpa listrik,” kata Ani.\n\n“Anak-anak tidur di lantai atas.\n\n“Kami baru turun setelah air surut,” tambahnya.")]
    [InlineData("Toko itu buka sejak era '80-an dan tutup setiap Jum'at siang.")]
    [InlineData("Kata-kata itu diucapkan berulang-ulang oleh warga.")]
    [InlineData("Ia menyebut program itu “ambisius” dan “mahal”.")]
    [InlineData("Budi menjawab singkat: “Kami tidak akan mundur dari keputusan ini sampai kapan pun.”")]
    [InlineData("“Kami belum bisa memastikan jumlah korban,” kata Budi.\n\n“Tim masih bekerja di lapangan sampai malam nanti.”")]
    [InlineData("Pak Budi dan Pak Rudi sama-sama menolak, kata Budi. Rudi mengatakan hal serupa.")]
    [InlineData("Sidang dibuka pada Rabu (19 Juni 2024) dan ditutup Jumat, 21/6/2024.")]
    [InlineData("JAKARTA — Warga JAKARTA Utara berkumpul.")]
    public void AConvention_IsNoDefect(string body)
    {
        var findings = Check("Judul Berita Uji\n\n" + body);
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void AFileNotInUtf8_IsReadAsLatin1_AndChecked()
    {
        var bytes = Encoding.Latin1.GetBytes("Judul\n\nWarga berkumpul di di balai desa café.");
        var text = new UTF8Encoding(false, false).GetString(bytes);
        Assert.Contains(Check(text), f => f.Key == "ChkWordTwice");
    }
}
