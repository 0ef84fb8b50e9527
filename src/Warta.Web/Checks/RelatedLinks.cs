namespace Warta.Web.Checks;

/// <summary>
/// "Baca juga" blocks: more than the site allows (three by default), one placed before the story's first paragraph,
/// and, with a site at hand, one pointing to a story that is missing, not published, or in the trash.
/// </summary>
public static class RelatedLinks
{
    public const string CheckId = "related";

    public static IEnumerable<Finding> Find(CheckedText text, CheckContext context)
    {
        var blocks = text.Paragraphs.Where(p => p.Kind == ParagraphKind.Related).ToList();
        if (blocks.Count > context.MaxRelated)
            yield return new Finding(CheckId, blocks[context.MaxRelated].Number, 1, blocks[context.MaxRelated].Line, blocks[context.MaxRelated].Text,
                "ChkRelatedTooMany", blocks.Count, context.MaxRelated);
        var firstText = text.Prose.FirstOrDefault()?.Number ?? int.MaxValue;
        foreach (var block in blocks.Where(b => b.Number < firstText))
            yield return new Finding(CheckId, block.Number, 1, block.Line, block.Text, "ChkRelatedFirst");
        if (context.Related is not { } states) yield break;
        foreach (var block in blocks)
        {
            if (!states.TryGetValue(block.Number, out var state) || state == RelatedState.Published) continue;
            var key = state switch
            {
                RelatedState.Missing => "ChkRelatedMissing",
                RelatedState.Trashed => "ChkRelatedTrashed",
                _ => "ChkRelatedUnpublished",
            };
            yield return new Finding(CheckId, block.Number, 1, block.Line, block.Text, key, block.RelatedTitle ?? $"#{block.RelatedId}");
        }
    }
}
