using System.Globalization;

namespace Warta.Web.Data.Demo;

/// <summary>
/// One demo article as written in Data/Demo/articles/*.md: "key: value" lines between "---" fences, then Markdown.
/// Dates are relative (days before the first start) so a fresh demo site always looks current.
/// </summary>
internal sealed record DemoArticleFile(string Key, IReadOnlyDictionary<string, string> Fields, string Body)
{
    public static DemoArticleFile Parse(string key, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length < 3 || lines[0] != "---") throw new FormatException($"Demo article {key}: missing front matter.");
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 1;
        for (; i < lines.Length && lines[i] != "---"; i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) throw new FormatException($"Demo article {key}: bad front matter line {i + 1}.");
            fields[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
        }
        return new DemoArticleFile(key, fields, string.Join('\n', lines.Skip(i + 1)).Trim() + "\n");
    }

    public string Required(string name) =>
        Fields.TryGetValue(name, out var v) && v.Length > 0 ? v : throw new FormatException($"Demo article {Key}: '{name}' is required.");

    public string? Optional(string name) => Fields.TryGetValue(name, out var v) && v.Length > 0 ? v : null;

    public IReadOnlyList<string> List(string name) =>
        Optional(name)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

    public int Number(string name, int fallback = 0) =>
        Optional(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public TimeOnly Time => TimeOnly.ParseExact(Required("time"), "HH:mm", CultureInfo.InvariantCulture);
}
