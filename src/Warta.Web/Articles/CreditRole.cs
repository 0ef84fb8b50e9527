namespace Warta.Web.Articles;

/// <summary>The part a person played in an article, as Indonesian newsrooms credit it.</summary>
public enum CreditRole
{
    Penulis = 0,
    Reporter = 1,
    Editor = 2,
    Fotografer = 3,
    Kontributor = 4,
}
