using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Changes;

namespace Warta.Web.Data.Configurations;

internal sealed class ContentChangeConfiguration : IEntityTypeConfiguration<ContentChange>
{
    public void Configure(EntityTypeBuilder<ContentChange> change)
    {
        change.ToTable(ChangeJournal.Table);
        change.Property(c => c.Origin).HasMaxLength(32);
        change.HasIndex(c => c.At);
    }
}
