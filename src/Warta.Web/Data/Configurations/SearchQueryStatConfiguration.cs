using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Search.Report;

namespace Warta.Web.Data.Configurations;

internal sealed class SearchQueryStatConfiguration : IEntityTypeConfiguration<SearchQueryStat>
{
    public void Configure(EntityTypeBuilder<SearchQueryStat> stat)
    {
        stat.Property(s => s.Query).HasMaxLength(SearchQueryStat.QueryMaxLength);
        stat.HasIndex(s => new { s.Day, s.Query }).IsUnique();
    }
}
