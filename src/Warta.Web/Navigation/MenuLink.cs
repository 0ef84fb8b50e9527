namespace Warta.Web.Navigation;

/// <summary>A menu entry resolved to its address, with its sub-items.</summary>
public sealed record MenuLink(int Id, string Label, string Url, string? SectionSlug, IReadOnlyList<MenuLink> Children);
