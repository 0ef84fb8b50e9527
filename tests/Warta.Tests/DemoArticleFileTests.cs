using Warta.Web.Data.Demo;

namespace Warta.Tests;

public class DemoArticleFileTests
{
    [Fact]
    public void Parse_ReadsFrontMatterAndBody()
    {
        var file = DemoArticleFile.Parse("contoh", "---\nheadline: Judul: dengan titik dua\ntags: A, B ,C\ndaysAgo: 3\ntime: 08:15\n---\n\nIsi **artikel**.\n");

        Assert.Equal("Judul: dengan titik dua", file.Required("headline"));
        Assert.Equal(["A", "B", "C"], file.List("tags"));
        Assert.Equal(3, file.Number("daysAgo"));
        Assert.Equal(new TimeOnly(8, 15), file.Time);
        Assert.Equal("Isi **artikel**.\n", file.Body);
        Assert.Null(file.Optional("dek"));
    }

    [Fact]
    public void Parse_WithoutFrontMatter_SaysWhichFile()
    {
        var error = Assert.Throws<FormatException>(() => DemoArticleFile.Parse("rusak", "Tanpa front matter"));

        Assert.Contains("rusak", error.Message, StringComparison.Ordinal);
    }
}
