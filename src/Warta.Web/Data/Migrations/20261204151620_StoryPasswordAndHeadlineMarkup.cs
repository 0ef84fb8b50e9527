using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warta.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class StoryPasswordAndHeadlineMarkup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HeadlineHtml",
                table: "Articles",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Password",
                table: "Articles",
                type: "TEXT",
                maxLength: 255,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HeadlineHtml",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Password",
                table: "Articles");
        }
    }
}
