using Warta.Web.Import.WordPress;

namespace Warta.Tests.Import;

public class WxrCdataRepairTests
{
    private static string Repair(string xml)
    {
        var output = new StringWriter();
        WxrCdataRepair.Rewrite(new StringReader(xml), output);
        return output.ToString();
    }

    private static string ValueOf(string xml) => System.Xml.Linq.XElement.Parse(Repair(xml), System.Xml.Linq.LoadOptions.PreserveWhitespace).Value;

    [Theory]
    [InlineData("<a><![CDATA[Isi dengan <![CDATA[ bersarang ]]> :)]]></a>", "Isi dengan <![CDATA[ bersarang ]]> :)")]
    [InlineData("<a><![CDATA[]]>]]></a>", "]]>")]
    [InlineData("<a><![CDATA[Ini <![CDATA[ buka dan ]]> tutup <![CDATA[ seperti ini: ]]>]]></a>", "Ini <![CDATA[ buka dan ]]> tutup <![CDATA[ seperti ini: ]]>")]
    [InlineData("<a><![CDATA[biasa]]></a>", "biasa")]
    [InlineData("<a><![CDATA[a]]]]><![CDATA[>b]]></a>", "a]]>b")]
    [InlineData("<a><![CDATA[baris\n]]>\n  </a>", "baris\n\n  ")]
    [InlineData("<a><![CDATA[kode <code><![CDATA[ x ]]></code> utuh]]></a>", "kode <code><![CDATA[ x ]]></code> utuh")]
    [InlineData("<wp:meta xmlns:wp=\"u\"><![CDATA[a ]]></b> c]]></wp:meta>", "a ]]></b> c")]
    public void NestedOrStrayMarkers_ReadAsWordPressReadsThem(string xml, string expected) =>
        Assert.Equal(expected, ValueOf(xml));

    [Fact]
    public void AFileWithoutCdata_PassesThroughUnchanged()
    {
        const string xml = "<rss><channel><title>Kabar &amp; Berita</title><item><x a=\"1\"/></item></channel></rss>";
        Assert.Equal(xml, Repair(xml));
    }

    [Fact]
    public void AnUnclosedSection_IsLeftForTheStrictReaderToReport()
    {
        const string xml = "<a><![CDATA[tidak pernah ditutup";
        Assert.Equal(xml, Repair(xml));
    }
}
