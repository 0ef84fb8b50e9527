using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Data.Configurations;

internal sealed class NewsroomUserConfiguration : IEntityTypeConfiguration<NewsroomUser>
{
    public void Configure(EntityTypeBuilder<NewsroomUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(NewsroomUser.DisplayNameMaxLength);
        user.HasOne(u => u.Author).WithMany().HasForeignKey(u => u.AuthorId).OnDelete(DeleteBehavior.SetNull);
        user.Property(u => u.LastTwoFactorCode).HasMaxLength(16);
    }
}
