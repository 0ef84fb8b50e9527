using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Articles;

namespace Warta.Web.Data.Configurations;

internal sealed class ArticleRedirectConfiguration : IEntityTypeConfiguration<ArticleRedirect>
{
    public void Configure(EntityTypeBuilder<ArticleRedirect> redirect)
    {
        redirect.Property(r => r.Path).HasMaxLength(1000);
        redirect.HasIndex(r => r.Path).IsUnique();
    }
}
