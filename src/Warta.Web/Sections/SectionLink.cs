namespace Warta.Web.Sections;

public sealed record SectionLink(int Id, string Slug, string Name, string? Description, string Url, int? ParentId);
