using Warta.Web.Articles;

namespace Warta.Tests;

public class SlugTests
{
    [Theory]
    [InlineData("Banjir Rob Rendam Tiga Kelurahan", "banjir-rob-rendam-tiga-kelurahan")]
    [InlineData("  Harga Cabai Tembus Rp90.000/kg!  ", "harga-cabai-tembus-rp90-000-kg")]
    [InlineData("Jum'at Keramat di Kota Tua", "jumat-keramat-di-kota-tua")]
    [InlineData("Café Müller & Søn in Łódź", "cafe-muller-dan-son-in-lodz")]
    [InlineData("Straße — Überblick", "strasse-uberblick")]
    [InlineData("Kim Jong-un Bertemu Putin", "kim-jong-un-bertemu-putin")]
    [InlineData("“Kutipan” di Judul", "kutipan-di-judul")]
    [InlineData("---", "")]
    public void From_MakesLowercaseAsciiWithHyphens(string title, string expected) =>
        Assert.Equal(expected, Slug.From(title));

    [Fact]
    public void From_CutsLongTitlesAtAWordBoundary()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("pembangunan", 20)));

        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.EndsWith("pembangunan", slug, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("harga-cabai", true)]
    [InlineData("Harga-Cabai", false)]
    [InlineData("harga--cabai", false)]
    [InlineData("-harga", false)]
    [InlineData("", false)]
    public void IsValid_AcceptsOnlyCanonicalSlugs(string slug, bool valid) =>
        Assert.Equal(valid, Slug.IsValid(slug));
}
