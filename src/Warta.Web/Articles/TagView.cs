namespace Warta.Web.Articles;

public sealed record TagView(int Id, string Name, string Slug);
