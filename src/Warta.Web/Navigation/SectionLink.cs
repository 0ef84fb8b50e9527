namespace Warta.Web.Navigation;

public sealed record SectionLink(int Id, string Slug, string Name, string? Description, string Url, int? ParentId, int? HomeBlockPosition = null, int HomeBlockSize = Section.DefaultHomeBlockSize);
