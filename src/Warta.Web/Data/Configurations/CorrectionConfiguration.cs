using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Articles;
using Warta.Web.Corrections;

namespace Warta.Web.Data.Configurations;

internal sealed class CorrectionConfiguration : IEntityTypeConfiguration<Correction>
{
    public void Configure(EntityTypeBuilder<Correction> correction)
    {
        correction.Property(c => c.Note).HasMaxLength(Correction.NoteMaxLength);
        correction.Property(c => c.CreatedByName).HasMaxLength(200);
        correction.HasIndex(c => new { c.ArticleId, c.PublishedAt });
        correction.HasIndex(c => c.PublishedAt);
        correction.HasOne(c => c.Article).WithMany(a => a.Corrections).HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        correction.HasOne<Article>().WithMany().HasForeignKey(c => c.ReplyArticleId).OnDelete(DeleteBehavior.SetNull);
    }
}
