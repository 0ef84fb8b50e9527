using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Newsroom.Accounts;

namespace Warta.Web.Data.Configurations;

internal sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailure>
{
    public void Configure(EntityTypeBuilder<SignInFailure> failure)
    {
        failure.ToTable("SignInFailures");
        failure.HasKey(f => f.Key);
        failure.Property(f => f.Key).HasMaxLength(100);
        failure.HasIndex(f => f.LastAt);
    }
}
