using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warta.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Identity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccentColor",
                table: "SiteSettings",
                type: "TEXT",
                maxLength: 7,
                nullable: false,
                defaultValue: "#b3261e");

            migrationBuilder.AddColumn<string>(
                name: "FaviconUrl",
                table: "SiteSettings",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LogoUrl",
                table: "SiteSettings",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublisherLogoUrl",
                table: "SiteSettings",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublisherName",
                table: "SiteSettings",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SocialLinks",
                table: "SiteSettings",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AccentColor",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "FaviconUrl",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "LogoUrl",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "PublisherLogoUrl",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "PublisherName",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "SocialLinks",
                table: "SiteSettings");
        }
    }
}
