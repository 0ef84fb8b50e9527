using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warta.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PinnedHeadline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsPinned",
                table: "Articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_IsPinned_Status_PublishedAt",
                table: "Articles",
                columns: new[] { "IsPinned", "Status", "PublishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_IsPinned_Status_PublishedAt",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "IsPinned",
                table: "Articles");
        }
    }
}
