using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warta.Web.Settings;
using Warta.Web.Site;

namespace Warta.Web.Data.Configurations;

internal sealed class SiteSettingsConfiguration : IEntityTypeConfiguration<SiteSettings>
{
    public void Configure(EntityTypeBuilder<SiteSettings> settings)
    {
        settings.Property(s => s.Id).ValueGeneratedNever();
        settings.Property(s => s.Name).HasMaxLength(200);
        settings.Property(s => s.Tagline).HasMaxLength(300);
        settings.Property(s => s.Language).HasMaxLength(16);
        settings.Property(s => s.TimeZone).HasMaxLength(64);
        settings.Property(s => s.LogoUrl).HasMaxLength(1000);
        settings.Property(s => s.FaviconUrl).HasMaxLength(1000);
        settings.Property(s => s.AccentColor).HasMaxLength(7);
        settings.Property(s => s.SocialLinks).HasMaxLength(4000);
        settings.Property(s => s.PublisherName).HasMaxLength(200);
        settings.Property(s => s.PublisherLogoUrl).HasMaxLength(1000);
    }
}
