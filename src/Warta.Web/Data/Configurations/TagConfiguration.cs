using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Articles;
using Warta.Web.Authors;
using Warta.Web.Navigation;
using Warta.Web.Tags;

namespace Warta.Web.Data.Configurations;

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> tag)
    {
        tag.Property(t => t.Slug).HasMaxLength(Slug.MaxLength);
        tag.HasIndex(t => t.Slug).IsUnique();
        tag.Property(t => t.Name).HasMaxLength(200);
    }
}
