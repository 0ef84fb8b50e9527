using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warta.Web.Articles;
using Warta.Web.Authors;
using Warta.Web.Navigation;
using Warta.Web.Settings;
using Warta.Web.Site;
using Warta.Web.Tags;

namespace Warta.Web.Data.Demo;

/// <summary>
/// Writes the demo site on a first start with an empty database: sections, authors, and the articles in
/// Data/Demo/articles, written for this project. A later start finds content and leaves it alone.
/// </summary>
public sealed partial class DemoContent(WartaDb db, IOptions<WartaOptions> options, TimeProvider clock)
{
    private static readonly Section[] Sections =
    [
        new() { Slug = "nasional", Name = "Nasional", Position = 1, Description = "Politik, hukum, dan kebijakan publik dari seluruh Indonesia." },
        new() { Slug = "internasional", Name = "Internasional", Position = 2, Description = "Peristiwa dunia dan dampaknya bagi Indonesia." },
        new() { Slug = "ekonomi", Name = "Ekonomi", Position = 3, Description = "Pasar, pangan, energi, dan usaha kecil." },
        new() { Slug = "teknologi", Name = "Teknologi", Position = 4, Description = "Internet, perangkat, startup, dan keamanan digital." },
        new() { Slug = "olahraga", Name = "Olahraga", Position = 5, Description = "Sepak bola, bulu tangkis, dan atlet dari daerah." },
    ];

    private static readonly Author[] Authors =
    [
        new() { Slug = "rina-handayani", Name = "Rina Handayani", Initials = "rhd", Bio = "Reporter politik dan pemerintahan di Jakarta. Meliput parlemen dan kementerian sejak 2015." },
        new() { Slug = "bagus-prasetyo", Name = "Bagus Prasetyo", Initials = "bgs", Bio = "Redaktur ekonomi. Menulis tentang harga pangan, pasar modal, dan usaha kecil di daerah." },
        new() { Slug = "maria-siahaan", Name = "Maria Siahaan", Initials = "msh", Bio = "Koresponden internasional; pernah bertugas di Bangkok dan Den Haag. Writes in English too." },
        new() { Slug = "dimas-aditya", Name = "Dimas Aditya", Initials = "dma", Bio = "Menulis tentang teknologi, ekonomi digital, dan keamanan siber." },
        new() { Slug = "ayu-lestari", Name = "Ayu Lestari", Initials = "ayl", Bio = "Wartawan olahraga. Mengikuti sepak bola nasional, bulu tangkis, dan atlet muda dari daerah." },
        new() { Slug = "yohanes-tarigan", Name = "Yohanes Tarigan", Initials = "ytg", Bio = "Redaktur pelaksana. Menyunting liputan nasional dan internasional." },
    ];

    public async Task SeedIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.Sections.AnyAsync(ct) || await db.Articles.AnyAsync(ct)) return;

        var settings = await db.SiteSettings.SingleAsync(s => s.Id == SiteSettings.SingletonId, ct);
        settings.Name = "Warta Nusantara";
        settings.Tagline = "Kabar jernih dari Sabang sampai Merauke";
        var time = SiteTime.For(settings.TimeZone);

        var sections = Sections.Select(s => new Section { Slug = s.Slug, Name = s.Name, Position = s.Position, Description = s.Description, HomeBlockPosition = s.Position })
            .ToDictionary(s => s.Slug);
        var authors = Authors.Select(a => new Author { Slug = a.Slug, Name = a.Name, Initials = a.Initials, Bio = a.Bio })
            .ToDictionary(a => a.Slug);
        var tags = new Dictionary<string, Tag>();
        db.Sections.AddRange(sections.Values);
        db.Authors.AddRange(authors.Values);

        var today = DateOnly.FromDateTime(time.ToLocal(clock.GetUtcNow().UtcDateTime));
        var files = ReadFiles();
        var articles = new Dictionary<string, Article>();
        foreach (var file in files)
        {
            var article = ToArticle(file, sections, authors, tags, time, today);
            articles[file.Key] = article;
            db.Articles.Add(article);
            await WriteImageAsync(file, ct);
        }
        await db.SaveChangesAsync(ct);

        AddPages(time.ToUtc(today.ToDateTime(new TimeOnly(9, 0))));

        // Demo bodies name their "Baca juga" targets by file key; the stored block names the article id, as editors' do.
        foreach (var article in articles.Values)
        {
            article.Body = DemoLink().Replace(article.Body, m =>
                articles.TryGetValue(m.Groups["key"].Value, out var target) ? $"[baca-juga id={target.Id}]" : "");
        }
        await db.SaveChangesAsync(ct);
        await AddMenusAsync(ct);
        await AddCommentsAsync(articles, time.ToUtc(today.ToDateTime(new TimeOnly(10, 0))), ct);
    }

    /// <summary>A few reader conversations (fictional readers, addresses on the reserved .example domain).</summary>
    private async Task AddCommentsAsync(Dictionary<string, Article> articles, DateTime at, CancellationToken ct)
    {
        Comments.Comment Say(string key, string name, string email, string text, int minutes, Comments.CommentStatus status = Comments.CommentStatus.Approved, Comments.Comment? parent = null) => new()
        {
            ArticleId = articles[key].Id, ParentId = parent?.Id, Depth = parent is null ? 0 : parent.Depth + 1, AuthorName = name, AuthorEmail = email,
            Text = text, Status = status, CreatedAt = (articles[key].PublishedAt ?? at).AddMinutes(minutes), AuthorIp = "127.0.0.1",
        };
        var first = Say("banjir-rob-pesisir", "Ratna Wulandari", "ratna@pembaca.example", "Semoga tanggul permanennya benar-benar dibangun tahun depan. Sudah terlalu lama warga menunggu.", 35);
        var second = Say("harga-cabai-naik", "Hendra", "hendra@pembaca.example", "Di pasar dekat rumah malah sudah Rp95.000. Operasi pasar perlu cepat.", 50);
        db.Comments.AddRange(first, second,
            Say("timnas-u20-menang", "Yusuf Manurung", "yusuf@pembaca.example", "Gol menit ke-88 itu luar biasa! Semoga Sabtu menang lagi.", 20),
            Say("kebocoran-data-aplikasi", "Anita", "anita@pembaca.example", "Saya pengguna aplikasi itu dan sudah menerima SMS aneh minggu lalu. Terima kasih sarannya.", 40),
            Say("bulu-tangkis-juara", "Dewi", "dewi@pembaca.example", "Bangga sekali! Pertahanan mereka memang rapat.", 15),
            Say("harga-cabai-naik", "Pembaca Baru", "baru@pembaca.example", "Apakah operasi pasar juga ada di Sleman?", 90, Comments.CommentStatus.Pending),
            Say("harga-cabai-naik", "Obat Murah", "spam@spam.example", "Beli obat murah di https://spam.example sekarang https://spam.example/2", 95, Comments.CommentStatus.Spam));
        await db.SaveChangesAsync(ct);
        db.Comments.AddRange(
            Say("banjir-rob-pesisir", "Agus Salim", "agus@pembaca.example", "Setuju, Bu Ratna. Rumah orang tua saya juga kena tiap tahun.", 60, parent: first),
            Say("harga-cabai-naik", "Sri", "sri@pembaca.example", "Cabai kering bisa jadi pilihan sementara, rasanya tetap pedas.", 70, parent: second));
        await db.SaveChangesAsync(ct);
    }

    private void AddPages(DateTime now)
    {
        foreach (var (slug, title, body) in DemoPages.All)
            db.Pages.Add(new StaticPages.StaticPage { Slug = slug, Title = title, Body = body, IsPublished = true, CreatedAt = now, UpdatedAt = now, Version = 1 });
    }

    private async Task AddMenusAsync(CancellationToken ct)
    {
        var position = 0;
        foreach (var section in await db.Sections.OrderBy(s => s.Position).ToListAsync(ct))
            db.MenuItems.Add(new Navigation.MenuItem { Menu = Navigation.MenuLocation.Header, Label = section.Name, Target = Navigation.MenuTarget.Section, TargetId = section.Id, Position = ++position });
        position = 0;
        foreach (var page in await db.Pages.OrderBy(p => p.Id).ToListAsync(ct))
            db.MenuItems.Add(new Navigation.MenuItem { Menu = Navigation.MenuLocation.Footer, Label = page.Title, Target = Navigation.MenuTarget.Page, TargetId = page.Id, Position = ++position });
        await db.SaveChangesAsync(ct);
    }

    private static Article ToArticle(
        DemoArticleFile file, Dictionary<string, Section> sections, Dictionary<string, Author> authors,
        Dictionary<string, Tag> tags, SiteTime time, DateOnly today)
    {
        var published = time.ToUtc(today.AddDays(-file.Number("daysAgo")).ToDateTime(file.Time));
        var section = file.Required("section");
        var article = new Article
        {
            Slug = Slug.From(file.Required("headline")),
            Headline = file.Required("headline"),
            Dek = file.Optional("dek"),
            Body = file.Body,
            BodyFormat = BodyFormat.Markdown,
            Language = file.Optional("language") ?? SiteLanguages.Indonesian,
            Dateline = file.Optional("dateline"),
            Section = sections[section],
            Status = ArticleStatus.Published,
            CreatedAt = published.AddHours(-2),
            PublishedAt = published,
            UpdatedAt = file.Number("updatedHoursLater") is > 0 and var h ? published.AddHours(h) : null,
            FeaturedImageUrl = file.Optional("alt") is null ? null : $"/media/demo/{file.Key}.svg",
            FeaturedImageAlt = file.Optional("alt"),
            FeaturedImageCaption = file.Optional("caption"),
            FeaturedImageCredit = file.Optional("alt") is null ? null : "Ilustrasi Warta",
        };
        var position = 0;
        foreach (var slug in file.List("authors"))
            article.Bylines.Add(new Byline { Author = authors[slug], Position = position++, Role = CreditRole.Penulis });
        foreach (var slug in file.List("editors"))
            article.Bylines.Add(new Byline { Author = authors[slug], Position = position++, Role = CreditRole.Editor });
        foreach (var name in file.List("tags"))
        {
            var tagSlug = Slug.From(name);
            if (!tags.TryGetValue(tagSlug, out var tag)) tags[tagSlug] = tag = new Tag { Slug = tagSlug, Name = name };
            article.Tags.Add(tag);
        }
        return article;
    }

    private async Task WriteImageAsync(DemoArticleFile file, CancellationToken ct)
    {
        if (file.Optional("alt") is null) return;
        var directory = Path.Combine(options.Value.MediaPath, "demo");
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, file.Key + ".svg"), DemoImage.Svg(file.Key, file.Required("section")), ct);
    }

    private static List<DemoArticleFile> ReadFiles()
    {
        var assembly = typeof(DemoContent).Assembly;
        const string prefix = "Warta.Web.Data.Demo.articles.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return DemoArticleFile.Parse(n[prefix.Length..^3], reader.ReadToEnd());
            })
            .ToList();
    }

    [GeneratedRegex(@"\[baca-juga demo=(?<key>[a-z0-9-]+)\]")]
    private static partial Regex DemoLink();
}
