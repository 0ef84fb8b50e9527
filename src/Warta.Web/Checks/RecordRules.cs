namespace Warta.Web.Checks;

/// <summary>
/// The story's record: a headline longer than Google News shows (110 characters) and images without alt text, for
/// files and the editor alike; a missing dek or meta description, in the editor only (a file has no such fields).
/// </summary>
public static class RecordRules
{
    public const string CheckId = "record";
    public const int HeadlineMax = 110;

    /// <summary>The "paragraph" of a finding about a field of the record rather than a place in the text.</summary>
    public const int FieldParagraph = -1;

    public static IEnumerable<Finding> Find(CheckedText text, CheckContext context)
    {
        if (text.Headline.Length > HeadlineMax)
            yield return new Finding(CheckId, 0, HeadlineMax + 1, text.HeadlineLine, text.Headline[HeadlineMax..], "ChkHeadlineLong", text.Headline.Length, HeadlineMax);
        foreach (var image in text.Images.Where(i => string.IsNullOrWhiteSpace(i.Alt)))
            yield return new Finding(CheckId, image.Paragraph, 1, image.Line, image.Source ?? "", "ChkImageAlt", Path.GetFileName(image.Source ?? ""));
    }

    /// <summary>The editor's own fields.</summary>
    public static IEnumerable<Finding> Fields(string? dek, string? metaDescription)
    {
        if (string.IsNullOrWhiteSpace(dek)) yield return new Finding(CheckId, FieldParagraph, 1, 0, "", "ChkDekMissing");
        if (string.IsNullOrWhiteSpace(metaDescription)) yield return new Finding(CheckId, FieldParagraph, 1, 0, "", "ChkMetaMissing");
    }
}
