using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Comments;
using Warta.Web.Data;
using Warta.Web.Hosting;
using Warta.Web.Feeds;
using Warta.Web.Search;
using Warta.Web.Site;

namespace Warta.Bench.Corpus;

/// <summary>
/// Adds approved comments (a fifth of them replies) to the newest published article of an existing data directory, or
/// the one <paramref name="skip"/> places after it.
/// </summary>
internal static class CommentLoad
{
    public static async Task AddAsync(string directory, int count, int skip = 0)
    {
        var builder = WebApplication.CreateBuilder([$"--Warta:DataDirectory={directory}", "--Warta:SeedDemoContent=false"]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The one composition root, as the site and its commands use it: writes take the same change path.
        builder.AddWarta();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WartaDb>();
        var article = await db.Articles.Where(a => a.Status == ArticleStatus.Published).OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Skip(skip).FirstAsync();
        var text = new IndonesianText(7);
        var start = (article.PublishedAt ?? DateTime.UtcNow).AddMinutes(5);
        var roots = new List<Comment>();
        for (var i = 0; i < count; i++)
        {
            var parent = i % 5 == 4 && roots.Count > 0 ? roots[text.Next(roots.Count)] : null;
            var comment = new Comment
            {
                ArticleId = article.Id, ParentId = parent?.Id, Depth = parent is null ? 0 : 1, AuthorName = $"Pembaca {i}",
                AuthorEmail = $"pembaca{i}@bench.example", Text = string.Join(' ', text.Sentence(), text.Sentence()),
                Status = CommentStatus.Approved, CreatedAt = start.AddMinutes(i),
            };
            db.Comments.Add(comment);
            if (parent is null) { await db.SaveChangesAsync(); roots.Add(comment); }
        }
        await db.SaveChangesAsync();
        // The demo site's zone: the address is the story's permalink, for the benchmark to load.
        var path = Permalink.For(article, TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} approved comments on article {article.Id} at {path}"));
    }
}
