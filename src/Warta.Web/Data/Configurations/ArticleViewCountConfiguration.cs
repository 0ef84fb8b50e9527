using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Articles;
using Warta.Web.Popular;

namespace Warta.Web.Data.Configurations;

internal sealed class ArticleViewCountConfiguration : IEntityTypeConfiguration<ArticleViewCount>
{
    public void Configure(EntityTypeBuilder<ArticleViewCount> count)
    {
        count.HasKey(v => new { v.ArticleId, v.HourUtc });
        count.HasIndex(v => v.HourUtc);
        count.HasOne<Article>().WithMany().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
