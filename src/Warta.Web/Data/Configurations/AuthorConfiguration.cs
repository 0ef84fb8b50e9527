using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Articles;
using Warta.Web.Authors;
using Warta.Web.Navigation;
using Warta.Web.Tags;

namespace Warta.Web.Data.Configurations;

internal sealed class AuthorConfiguration : IEntityTypeConfiguration<Author>
{
    public void Configure(EntityTypeBuilder<Author> author)
    {
        author.Property(a => a.Slug).HasMaxLength(Slug.MaxLength);
        author.HasIndex(a => a.Slug).IsUnique();
        author.Property(a => a.Name).HasMaxLength(200);
        author.Property(a => a.Bio).HasMaxLength(2000);
        author.Property(a => a.Initials).HasMaxLength(20);
        author.Property(a => a.PhotoUrl).HasMaxLength(1000);
    }
}
