using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warta.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class HomeLayout : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HomeBlockPosition",
                table: "Sections",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HomeBlockSize",
                table: "Sections",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Existing sites keep the front page they had: every top-level section's block, four stories each.
            migrationBuilder.Sql("UPDATE \"Sections\" SET \"HomeBlockSize\" = 4");
            migrationBuilder.Sql("UPDATE \"Sections\" SET \"HomeBlockPosition\" = \"Position\" WHERE \"ParentId\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HomeBlockPosition",
                table: "Sections");

            migrationBuilder.DropColumn(
                name: "HomeBlockSize",
                table: "Sections");
        }
    }
}
