using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Articles;

namespace Warta.Web.Data.Configurations;

internal sealed class BylineConfiguration : IEntityTypeConfiguration<Byline>
{
    public void Configure(EntityTypeBuilder<Byline> byline)
    {
        byline.HasKey(b => new { b.ArticleId, b.AuthorId, b.Role });
        byline.HasOne(b => b.Author).WithMany().HasForeignKey(b => b.AuthorId).OnDelete(DeleteBehavior.Restrict);
        byline.HasIndex(b => b.AuthorId);
    }
}
