using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warta.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PingsKeptApart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ShowPings",
                table: "SiteSettings",
                type: "INTEGER",
                nullable: false,
                // WordPress lists pings by default; existing sites keep that default too.
                defaultValue: true);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "Comments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ShowPings",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Comments");
        }
    }
}
