using System.Text;

namespace Warta.Web.Import.WordPress;

/// <summary>
/// Some exports nest CDATA sections (<c>&lt;![CDATA[ a &lt;![CDATA[ b ]]&gt; c ]]&gt;</c>), which no XML parser
/// accepts. WordPress's importer then falls back to regular expressions that take everything between an element's
/// opening CDATA marker and the <c>]]&gt;</c> right before its closing tag. This rewrites such sections into valid
/// XML with the same meaning, streaming, so the strict reader can go on. It is only tried after the strict reader
/// has refused a file; anything else wrong with the file is still reported where it is.
/// </summary>
public static class WxrCdataRepair
{
    private const string Open = "<![CDATA[";
    private const string Close = "]]>";

    public static void Rewrite(TextReader input, TextWriter output)
    {
        var window = new StringBuilder(Open.Length);
        var content = new StringBuilder();
        var tag = new StringBuilder();
        string element = "";
        var readingTag = false;
        var inCdata = false;
        var candidateEnd = -1;
        int next;
        while ((next = input.Read()) >= 0)
        {
            var c = (char)next;
            if (!inCdata)
            {
                output.Write(c);
                // The name of the last start tag: a section runs until "]]>" right before that element's end tag.
                if (readingTag)
                {
                    if (char.IsWhiteSpace(c) || c is '>' or '/') { readingTag = false; if (tag.Length > 0) element = tag.ToString(); }
                    else tag.Append(c);
                }
                else if (c == '<' && input.Peek() is var p && p >= 0 && (char)p is not ('/' or '!' or '?')) { readingTag = true; tag.Clear(); }
                window.Append(c);
                if (window.Length > Open.Length) window.Remove(0, 1);
                if (window.Length == Open.Length && window.ToString() == Open) { inCdata = true; window.Clear(); content.Clear(); }
                continue;
            }

            content.Append(c);
            if (candidateEnd >= 0)
            {
                var tail = content.ToString(candidateEnd + Close.Length, content.Length - candidateEnd - Close.Length);
                var expected = "</" + element + ">";
                var trimmed = tail.TrimStart();
                if (trimmed == expected)
                {
                    output.Write(Encode(content.ToString(0, candidateEnd)));
                    output.Write(Close);
                    output.Write(tail);
                    inCdata = false;
                    candidateEnd = -1;
                    continue;
                }
                if (!expected.StartsWith(trimmed, StringComparison.Ordinal)) candidateEnd = -1;
            }
            if (EndsWithClose(content)) candidateEnd = content.Length - Close.Length;
        }
        // A section never closed: hand it back as it was, for the strict reader to report.
        if (inCdata) output.Write(content.ToString());
    }

    /// <summary>Writes a repaired copy of <paramref name="path"/> to a temporary file and returns its path.</summary>
    public static string RewriteToTemporaryFile(string path)
    {
        var repaired = Path.Combine(Path.GetTempPath(), $"warta-wxr-{Guid.NewGuid():N}.xml");
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var writer = new StreamWriter(repaired, false, new UTF8Encoding(false));
        Rewrite(reader, writer);
        return repaired;
    }

    private static bool EndsWithClose(StringBuilder s) =>
        s.Length >= Close.Length && s[^1] == '>' && s[^2] == ']' && s[^3] == ']';

    /// <summary>WordPress's own escape for "]]>" inside CDATA is undone first, then every "]]>" is escaped once.</summary>
    private static string Encode(string text) =>
        text.Replace("]]]]><![CDATA[>", Close, StringComparison.Ordinal).Replace(Close, "]]]]><![CDATA[>", StringComparison.Ordinal);
}
