using Microsoft.EntityFrameworkCore;
using Warta.Web.Articles;
using Warta.Web.Authors;
using Warta.Web.Sections;
using Warta.Web.Site;
using Warta.Web.Tags;

namespace Warta.Web.Data;

/// <summary>The one database context. Provider-neutral: the provider is chosen in <see cref="DataSetup"/>.</summary>
public class WartaDb(DbContextOptions<WartaDb> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleRedirect> ArticleRedirects => Set<ArticleRedirect>();
    public DbSet<Byline> Bylines => Set<Byline>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<SiteSettings> SiteSettings => Set<SiteSettings>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WartaDb).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every time is stored in UTC; the converter restores DateTimeKind.Utc that some providers drop on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
