using Warta.Web.Articles;

namespace Warta.Web.Newsroom.Articles;

/// <summary>
/// What became of a save: the saved article, field problems to show beside what was typed, a refusal, or a conflict
/// with the version someone else saved meanwhile.
/// </summary>
public sealed record SaveOutcome(Article? Saved, IReadOnlyDictionary<string, string> Problems, bool Forbidden, Article? Theirs)
{
    public static SaveOutcome Success(Article article) => new(article, new Dictionary<string, string>(), false, null);
    public static SaveOutcome Invalid(IReadOnlyDictionary<string, string> problems) => new(null, problems, false, null);
    public static SaveOutcome Refused() => new(null, new Dictionary<string, string>(), true, null);
    public static SaveOutcome Conflict(Article theirs) => new(null, new Dictionary<string, string>(), false, theirs);
}
