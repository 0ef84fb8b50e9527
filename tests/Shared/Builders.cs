using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warta.Web.Articles;
using Warta.Web.Authors;
using Warta.Web.Navigation;
using Warta.Web.Tags;

namespace Warta.Testing;

/// <summary>Test-data builders: <c>An.Article().In(section).PublishedAt(t).SaveAsync(app)</c>.</summary>
public static class An
{
    public static ArticleBuilder Article() => new();
    public static AuthorBuilder Author() => new();
}

public static class A
{
    public static SectionBuilder Section() => new();
}

internal static class Unique
{
    private static int counter;
    private static readonly string Run = Guid.NewGuid().ToString("N")[..6];
    public static string Next() => $"{Run}{Interlocked.Increment(ref counter)}";
}

public sealed class SectionBuilder
{
    private string name = $"Rubrik {Unique.Next()}";
    private string? description;
    private int position = 100;

    public SectionBuilder Named(string value) { name = value; return this; }
    public SectionBuilder Described(string value) { description = value; return this; }
    public SectionBuilder At(int value) { position = value; return this; }

    public async Task<Section> SaveAsync(WartaApp app)
    {
        var section = new Section { Name = name, Slug = Slug.From(name), Description = description, Position = position, HomeBlockPosition = position }; // as the newsroom makes one
        await app.WithDbAsync(async db => { db.Sections.Add(section); await db.SaveChangesAsync(); });
        app.Services.GetRequiredService<SectionDirectory>().Invalidate();
        return section;
    }
}

public sealed class AuthorBuilder
{
    private string name = $"Penulis {Unique.Next()}";
    private string? bio;

    public AuthorBuilder Named(string value) { name = value; return this; }
    public AuthorBuilder WithBio(string value) { bio = value; return this; }

    public async Task<Author> SaveAsync(WartaApp app)
    {
        var author = new Author { Name = name, Slug = Slug.From(name), Bio = bio };
        await app.WithDbAsync(async db => { db.Authors.Add(author); await db.SaveChangesAsync(); });
        return author;
    }
}

public sealed class ArticleBuilder
{
    private string headline = $"Artikel Uji {Unique.Next()}";
    private string? dek;
    private string body = "Paragraf pertama artikel uji.";
    private BodyFormat format = BodyFormat.Markdown;
    private string language = "id";
    private string? dateline;
    private ArticleStatus status = ArticleStatus.Published;
    private DateTime publishedAt = DateTime.UtcNow.AddHours(-1);
    private DateTime? updatedAt;
    private Section? section;
    private readonly List<(Author Author, CreditRole Role)> credits = [];
    private readonly List<string> tags = [];
    private (string Url, string Alt, string? Caption, string? Credit)? image;
    private bool pinned;

    public ArticleBuilder Titled(string value) { headline = value; return this; }
    public ArticleBuilder WithDek(string value) { dek = value; return this; }
    public ArticleBuilder WithBody(string markdown) { body = markdown; format = BodyFormat.Markdown; return this; }
    public ArticleBuilder WithHtmlBody(string html) { body = html; format = BodyFormat.Html; return this; }
    public ArticleBuilder InLanguage(string value) { language = value; return this; }
    public ArticleBuilder WithDateline(string value) { dateline = value; return this; }
    public ArticleBuilder In(Section value) { section = value; return this; }
    public ArticleBuilder PublishedAt(DateTime utc) { publishedAt = utc; return this; }
    public ArticleBuilder UpdatedAt(DateTime utc) { updatedAt = utc; return this; }
    public ArticleBuilder WithStatus(ArticleStatus value) { status = value; return this; }
    public ArticleBuilder By(Author author, CreditRole role = CreditRole.Penulis) { credits.Add((author, role)); return this; }
    public ArticleBuilder Tagged(params string[] names) { tags.AddRange(names); return this; }
    public ArticleBuilder Pinned() { pinned = true; return this; }
    public ArticleBuilder WithImage(string url, string alt, string? caption = null, string? credit = null) { image = (url, alt, caption, credit); return this; }

    public async Task<Article> SaveAsync(WartaApp app)
    {
        section ??= await A.Section().SaveAsync(app);
        return await app.WithDbAsync(async db =>
        {
            var article = new Article
            {
                Slug = Slug.From(headline), Headline = headline, Dek = dek, Body = body, BodyFormat = format,
                Language = language, Dateline = dateline, SectionId = section.Id, Status = status,
                CreatedAt = publishedAt.AddHours(-1), PublishedAt = publishedAt, UpdatedAt = updatedAt,
                FeaturedImageUrl = image?.Url, FeaturedImageAlt = image?.Alt, FeaturedImageCaption = image?.Caption, FeaturedImageCredit = image?.Credit,
                IsPinned = pinned,
            };
            var position = 0;
            foreach (var (author, role) in credits) article.Bylines.Add(new Byline { AuthorId = author.Id, Role = role, Position = position++ });
            foreach (var name in tags)
            {
                var slug = Slug.From(name);
                article.Tags.Add(await db.Tags.SingleOrDefaultAsync(t => t.Slug == slug) ?? new Tag { Slug = slug, Name = name });
            }
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            return article;
        });
    }
}
