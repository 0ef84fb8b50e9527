using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Data.Configurations;

internal sealed class StaffSessionConfiguration : IEntityTypeConfiguration<StaffSession>
{
    public void Configure(EntityTypeBuilder<StaffSession> session)
    {
        session.ToTable("StaffSessions");
        session.Property(s => s.Id).HasMaxLength(32);
        session.Property(s => s.Address).HasMaxLength(64);
        session.Property(s => s.UserAgent).HasMaxLength(StaffSession.AgentMaxLength);
        session.HasOne<NewsroomUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        session.HasIndex(s => s.UserId);
    }
}
