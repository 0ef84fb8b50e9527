using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Data.Configurations;

internal sealed class ApplicationPasswordConfiguration : IEntityTypeConfiguration<ApplicationPassword>
{
    public void Configure(EntityTypeBuilder<ApplicationPassword> password)
    {
        password.ToTable("ApplicationPasswords");
        password.Property(p => p.Name).HasMaxLength(ApplicationPassword.NameMaxLength);
        password.Property(p => p.Hash).HasMaxLength(64);
        password.HasOne<NewsroomUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        password.HasIndex(p => p.UserId);
        password.HasIndex(p => p.Uuid).IsUnique();
    }
}
