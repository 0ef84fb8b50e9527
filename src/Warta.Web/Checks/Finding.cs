using Microsoft.Extensions.Localization;
using Warta.Web.Resources;

namespace Warta.Web.Checks;

/// <summary>
/// One thing a check found: which check (its stable id, for dismissals and the site's blocking list), where (paragraph
/// number, 0 for the headline; column in that paragraph's text; the source line), the words concerned, and the
/// explanation as a resource key with its arguments, put in the reader's language by <see cref="Describe"/>.
/// </summary>
public sealed record Finding(string Check, int Paragraph, int Column, int Line, string Excerpt, string Key, params object[] Arguments)
{
    public string Describe(IStringLocalizer<SharedResource> text) => text[Key, Arguments];

    /// <summary>Identifies a finding across saves well enough to keep a dismissal: the check and the words, not the position.</summary>
    public string Fingerprint => $"{Check}:{Excerpt}";
}
