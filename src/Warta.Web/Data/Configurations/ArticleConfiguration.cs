using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Articles;

namespace Warta.Web.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.Property(a => a.Slug).HasMaxLength(Slug.MaxLength);
        article.HasIndex(a => a.Slug).IsUnique();
        article.Property(a => a.Headline).HasMaxLength(Article.HeadlineMaxLength);
        article.Property(a => a.HeadlineHtml).HasMaxLength(Article.HeadlineHtmlMaxLength);
        article.Property(a => a.Password).HasMaxLength(Article.PasswordMaxLength);
        article.Property(a => a.Dek).HasMaxLength(Article.DekMaxLength);
        article.Property(a => a.Language).HasMaxLength(16);
        article.Property(a => a.Dateline).HasMaxLength(100);
        article.Property(a => a.MetaDescription).HasMaxLength(Article.MetaDescriptionMaxLength);
        article.Property(a => a.FeaturedImageUrl).HasMaxLength(1000);
        article.Property(a => a.FeaturedImageAlt).HasMaxLength(500);
        article.Property(a => a.FeaturedImageCaption).HasMaxLength(1000);
        article.Property(a => a.FeaturedImageCredit).HasMaxLength(300);
        article.HasIndex(a => new { a.Status, a.PublishedAt });
        article.HasIndex(a => new { a.SectionId, a.PublishedAt });
        // The home page asks for the newest pinned story on every render; without this it walks every published one.
        article.HasIndex(a => new { a.IsPinned, a.Status, a.PublishedAt });
        article.Property(a => a.Version).IsConcurrencyToken();
        article.HasIndex(a => a.WordPressId).IsUnique();
        article.HasOne<Newsroom.Accounts.NewsroomUser>().WithMany().HasForeignKey(a => a.CreatedById).OnDelete(DeleteBehavior.SetNull);
        article.HasOne(a => a.Section).WithMany().HasForeignKey(a => a.SectionId).OnDelete(DeleteBehavior.Restrict);
        article.HasMany(a => a.Tags).WithMany(t => t.Articles).UsingEntity("ArticleTags");
        article.HasMany(a => a.Bylines).WithOne().HasForeignKey(b => b.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Redirects).WithOne().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
