using System.Globalization;
using System.Text;

namespace Warta.Web.Import.WordPress;

/// <summary>
/// The import's report as CSV (RFC 4180, UTF-8): one row per item and comment with its WordPress id, type, title,
/// outcome, Warta id or the reason it was skipped, so a newsroom can audit its migration in any spreadsheet.
/// </summary>
public static class ImportReport
{
    public const string Header = "wordpress_id,type,title,outcome,warta_id,note";

    public static void Write(ImportSummary summary, TextWriter output)
    {
        output.Write(Header);
        output.Write("\r\n");
        foreach (var o in summary.Outcomes)
        {
            output.Write(string.Join(',',
                o.WordPressId.ToString(CultureInfo.InvariantCulture), Field(o.Type), Field(o.Title), o.Result.ToString().ToLowerInvariant(),
                o.WartaId?.ToString(CultureInfo.InvariantCulture) ?? "", Field(o.Note ?? "")));
            output.Write("\r\n");
        }
    }

    public static byte[] ToBytes(ImportSummary summary)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(summary, writer);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(writer.ToString())).ToArray();
    }

    // A spreadsheet runs a cell that starts with = + - @ as a formula: such titles are imported text, not formulas.
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
