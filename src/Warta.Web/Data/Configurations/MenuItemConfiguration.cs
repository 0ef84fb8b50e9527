using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Navigation;

namespace Warta.Web.Data.Configurations;

internal sealed class MenuItemConfiguration : IEntityTypeConfiguration<MenuItem>
{
    public void Configure(EntityTypeBuilder<MenuItem> item)
    {
        item.Property(m => m.Label).HasMaxLength(100);
        item.Property(m => m.Url).HasMaxLength(1000);
        item.HasIndex(m => new { m.Menu, m.Position });
        item.HasIndex(m => m.WordPressId).IsUnique();
        item.HasOne<MenuItem>().WithMany().HasForeignKey(m => m.ParentId).OnDelete(DeleteBehavior.Cascade);
    }
}
