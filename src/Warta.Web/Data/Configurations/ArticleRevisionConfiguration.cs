using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Articles;

namespace Warta.Web.Data.Configurations;

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> revision)
    {
        revision.Property(r => r.SavedByName).HasMaxLength(200);
        revision.Property(r => r.Headline).HasMaxLength(Article.HeadlineMaxLength);
        revision.Property(r => r.Dek).HasMaxLength(Article.DekMaxLength);
        revision.HasIndex(r => new { r.ArticleId, r.SavedAt });
        revision.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
