namespace Warta.Web.Articles;

public sealed record BylineView(string Name, string Slug, CreditRole Role, string? Initials = null);
