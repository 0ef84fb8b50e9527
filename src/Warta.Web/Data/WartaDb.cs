using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Warta.Web.Newsroom.Accounts;
using Warta.Web.Newsroom.Audit;
using Warta.Web.Articles;
using Warta.Web.Authors;
using Warta.Web.Navigation;
using Warta.Web.Settings;
using Warta.Web.Site;
using Warta.Web.Tags;

namespace Warta.Web.Data;

/// <summary>
/// The one database context. Provider-neutral: the provider is chosen in <see cref="DataSetup"/>. SQLite uses this
/// type itself; PostgreSQL uses <see cref="PostgresWartaDb"/>, the same model under its own type only so that each
/// provider keeps its own migrations and compiled model.
/// </summary>
public class WartaDb : IdentityDbContext<NewsroomUser, IdentityRole<int>, int>
{
    public WartaDb(DbContextOptions<WartaDb> options) : base(options) { }

    protected WartaDb(DbContextOptions options) : base(options) { }

    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleRedirect> ArticleRedirects => Set<ArticleRedirect>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<Corrections.Correction> Corrections => Set<Corrections.Correction>();
    public DbSet<Live.LiveEntry> LiveEntries => Set<Live.LiveEntry>();
    public DbSet<Byline> Bylines => Set<Byline>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<SiteSettings> SiteSettings => Set<SiteSettings>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Media.MediaItem> MediaItems => Set<Media.MediaItem>();
    public DbSet<Popular.ArticleViewCount> ArticleViewCounts => Set<Popular.ArticleViewCount>();
    public DbSet<StaticPages.StaticPage> Pages => Set<StaticPages.StaticPage>();
    public DbSet<StaticPages.PageRevision> PageRevisions => Set<StaticPages.PageRevision>();
    public DbSet<Navigation.MenuItem> MenuItems => Set<Navigation.MenuItem>();
    public DbSet<Comments.Comment> Comments => Set<Comments.Comment>();
    public DbSet<Import.WordPress.ImportedAttachment> ImportedAttachments => Set<Import.WordPress.ImportedAttachment>();
    public DbSet<Import.WordPress.ImportJobRecord> ImportJobs => Set<Import.WordPress.ImportJobRecord>();
    public DbSet<Changes.ContentChange> ContentChanges => Set<Changes.ContentChange>();
    public DbSet<Newsroom.Accounts.StaffSession> StaffSessions => Set<Newsroom.Accounts.StaffSession>();
    public DbSet<Newsroom.Accounts.SignInFailure> SignInFailures => Set<Newsroom.Accounts.SignInFailure>();
    public DbSet<Newsroom.Accounts.ApplicationPassword> ApplicationPasswords => Set<Newsroom.Accounts.ApplicationPassword>();
    public DbSet<Search.Report.SearchQueryStat> SearchQueryStats => Set<Search.Report.SearchQueryStat>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WartaDb).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every time is stored in UTC; the converter restores DateTimeKind.Utc that some providers drop on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
