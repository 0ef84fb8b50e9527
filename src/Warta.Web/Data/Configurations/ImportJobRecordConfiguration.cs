using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Import.WordPress;

namespace Warta.Web.Data.Configurations;

internal sealed class ImportJobRecordConfiguration : IEntityTypeConfiguration<ImportJobRecord>
{
    public void Configure(EntityTypeBuilder<ImportJobRecord> job)
    {
        job.ToTable("ImportJobs");
        job.Property(j => j.FileName).HasMaxLength(260);
        job.Property(j => j.StartedBy).HasMaxLength(256);
        job.Property(j => j.RefusalMessage).HasMaxLength(2000);
        job.HasIndex(j => j.State);
    }
}
