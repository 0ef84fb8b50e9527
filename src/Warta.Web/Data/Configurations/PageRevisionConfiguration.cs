using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.StaticPages;

namespace Warta.Web.Data.Configurations;

internal sealed class PageRevisionConfiguration : IEntityTypeConfiguration<PageRevision>
{
    public void Configure(EntityTypeBuilder<PageRevision> revision)
    {
        revision.Property(r => r.SavedByName).HasMaxLength(200);
        revision.Property(r => r.Title).HasMaxLength(StaticPage.TitleMaxLength);
        revision.HasIndex(r => r.PageId);
        revision.HasOne<StaticPage>().WithMany().HasForeignKey(r => r.PageId).OnDelete(DeleteBehavior.Cascade);
    }
}
