using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Articles;
using Warta.Web.StaticPages;

namespace Warta.Web.Data.Configurations;

internal sealed class StaticPageConfiguration : IEntityTypeConfiguration<StaticPage>
{
    public void Configure(EntityTypeBuilder<StaticPage> page)
    {
        page.ToTable("Pages");
        page.Property(p => p.Slug).HasMaxLength(Slug.MaxLength);
        page.HasIndex(p => new { p.ParentId, p.Slug }).IsUnique();
        page.Property(p => p.Title).HasMaxLength(StaticPage.TitleMaxLength);
        page.Property(p => p.Version).IsConcurrencyToken();
        page.HasIndex(p => p.WordPressId).IsUnique();
        page.HasOne(p => p.Parent).WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
