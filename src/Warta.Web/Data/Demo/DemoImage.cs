using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Warta.Web.Data.Demo;

/// <summary>
/// Abstract SVG illustrations for the demo articles, drawn at first start so the demo ships no photographs
/// that belong to someone else and makes no third-party requests.
/// </summary>
internal static class DemoImage
{
    private static readonly Dictionary<string, (string From, string To)> Palettes = new()
    {
        ["nasional"] = ("#8c1d17", "#e0584f"),
        ["internasional"] = ("#1d3f8c", "#4f8fe0"),
        ["ekonomi"] = ("#1d6b3a", "#5fc28a"),
        ["teknologi"] = ("#4a1d8c", "#9b6be0"),
        ["olahraga"] = ("#b35c00", "#f5b041"),
    };

    public static string Svg(string key, string section)
    {
        var (from, to) = Palettes.GetValueOrDefault(section, ("#333333", "#999999"));
        var seed = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 576" width="1024" height="576"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="{from}"/><stop offset="1" stop-color="{to}"/></linearGradient></defs><rect width="1024" height="576" fill="url(#g)"/>""");
        for (var i = 0; i < 7; i++)
        {
            var x = seed[i * 3] * 4;
            var y = seed[i * 3 + 1] * 576 / 255;
            var r = 30 + seed[i * 3 + 2] % 170;
            svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{x}" cy="{y}" r="{r}" fill="#fff" fill-opacity="0.{1 + i % 3}"/>""");
        }
        svg.Append(CultureInfo.InvariantCulture, $"""<path d="M0 {430 + seed[30] % 60} Q 256 {360 + seed[31] % 80} 512 {420 + seed[29] % 60} T 1024 {400 + seed[28] % 70} V 576 H 0 Z" fill="#000" fill-opacity="0.18"/></svg>""");
        return svg.ToString();
    }
}
