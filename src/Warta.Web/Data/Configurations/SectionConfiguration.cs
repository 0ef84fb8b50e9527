using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Articles;
using Warta.Web.Authors;
using Warta.Web.Navigation;
using Warta.Web.Tags;

namespace Warta.Web.Data.Configurations;

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> section)
    {
        section.Property(s => s.Slug).HasMaxLength(Slug.MaxLength);
        section.HasIndex(s => s.Slug).IsUnique();
        section.Property(s => s.Name).HasMaxLength(200);
        section.Property(s => s.Description).HasMaxLength(1000);
        // No foreign key: adding one to an existing table makes SQLite rebuild it outside a transaction. The
        // newsroom keeps the link whole instead (deleting a parent moves its children up a level).
        section.HasIndex(s => s.ParentId);
    }
}
