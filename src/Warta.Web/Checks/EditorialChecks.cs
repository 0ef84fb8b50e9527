namespace Warta.Web.Checks;

/// <summary>
/// Every text check over one story, in reading order: quotation marks, attribution, names, punctuation, dates,
/// slips, "Baca juga" blocks, the record. Pure: what the site knows comes in the <see cref="CheckContext"/>.
/// </summary>
public static class EditorialChecks
{
    /// <summary>The checks' ids, as the site's blocking list and dismissals name them.</summary>
    public static readonly string[] Ids =
        [Quotes.CheckId, Attribution.CheckId, NameSpellings.CheckId, Punctuation.CheckId, WeekdayDates.CheckId, Slips.CheckId, RelatedLinks.CheckId, RecordRules.CheckId];

    public static List<Finding> Run(CheckedText text, CheckContext context)
    {
        var (spans, findings) = Quotes.Read(text, context);
        findings.AddRange(Attribution.Find(text, spans, context));
        findings.AddRange(NameSpellings.Find(text, context));
        findings.AddRange(Punctuation.Find(text, context));
        findings.AddRange(WeekdayDates.Find(text, context));
        findings.AddRange(Slips.Find(text, context));
        findings.AddRange(RelatedLinks.Find(text, context));
        findings.AddRange(RecordRules.Find(text, context));
        return findings.OrderBy(f => f.Paragraph).ThenBy(f => f.Column).ToList();
    }
}
