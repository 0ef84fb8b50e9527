using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Media;

namespace Warta.Web.Data.Configurations;

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> item)
    {
        item.Property(m => m.OriginalName).HasMaxLength(260);
        item.Property(m => m.Url).HasMaxLength(500);
        item.HasIndex(m => m.Url).IsUnique();
        item.Property(m => m.ContentType).HasMaxLength(50);
        item.Property(m => m.Widths).HasMaxLength(100);
        item.Property(m => m.Alt).HasMaxLength(500);
        item.Property(m => m.Caption).HasMaxLength(1000);
        item.Property(m => m.Credit).HasMaxLength(300);
    }
}
