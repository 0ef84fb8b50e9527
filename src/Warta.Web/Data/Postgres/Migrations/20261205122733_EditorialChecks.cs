using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warta.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EditorialChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BlockingChecks",
                table: "SiteSettings",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MaxRelatedBlocks",
                table: "SiteSettings",
                type: "integer",
                nullable: false,
                defaultValue: 3); // the default the checks document, for sites made before them
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BlockingChecks",
                table: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "MaxRelatedBlocks",
                table: "SiteSettings");
        }
    }
}
