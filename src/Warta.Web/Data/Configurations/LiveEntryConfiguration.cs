using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Live;

namespace Warta.Web.Data.Configurations;

internal sealed class LiveEntryConfiguration : IEntityTypeConfiguration<LiveEntry>
{
    public void Configure(EntityTypeBuilder<LiveEntry> entry)
    {
        entry.Property(e => e.Headline).HasMaxLength(LiveEntry.HeadlineMaxLength);
        entry.Property(e => e.Body).HasMaxLength(LiveEntry.BodyMaxLength);
        entry.Property(e => e.AuthorName).HasMaxLength(200);
        entry.Property(e => e.AuthorInitials).HasMaxLength(10);
        entry.HasIndex(e => new { e.ArticleId, e.PublishedAt });
        entry.HasIndex(e => new { e.ArticleId, e.ChangedAt });
        entry.HasOne(e => e.Article).WithMany(a => a.LiveEntries).HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
        entry.HasOne<Newsroom.Accounts.NewsroomUser>().WithMany().HasForeignKey(e => e.AuthorId).OnDelete(DeleteBehavior.SetNull);
    }
}
