namespace Warta.Web.Articles.Body;

/// <summary>
/// A body rendered to sanitized HTML, cut where "Baca juga" blocks stand: <c>Parts[i]</c> is followed by the block
/// naming <c>BacaJugaIds[i]</c>. The blocks are filled per request because they show the target's current title.
/// </summary>
public sealed record RenderedBody(IReadOnlyList<string> Parts, IReadOnlyList<int> BacaJugaIds);
