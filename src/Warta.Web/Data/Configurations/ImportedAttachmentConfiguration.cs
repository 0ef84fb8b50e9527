using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Import.WordPress;

namespace Warta.Web.Data.Configurations;

internal sealed class ImportedAttachmentConfiguration : IEntityTypeConfiguration<ImportedAttachment>
{
    public void Configure(EntityTypeBuilder<ImportedAttachment> attachment)
    {
        attachment.HasIndex(a => a.WordPressId).IsUnique();
        attachment.Property(a => a.Url).HasMaxLength(1000);
        attachment.Property(a => a.Title).HasMaxLength(500);
        attachment.Property(a => a.LocalUrl).HasMaxLength(1000);
    }
}
