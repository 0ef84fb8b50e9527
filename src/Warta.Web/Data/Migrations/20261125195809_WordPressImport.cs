using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Warta.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class WordPressImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "WordPressId",
                table: "Pages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WordPressId",
                table: "Comments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WordPressId",
                table: "Articles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ImportedAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WordPressId = table.Column<int>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ParentWordPressId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportedAttachments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Pages_WordPressId",
                table: "Pages",
                column: "WordPressId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Comments_WordPressId",
                table: "Comments",
                column: "WordPressId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_WordPressId",
                table: "Articles",
                column: "WordPressId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportedAttachments_WordPressId",
                table: "ImportedAttachments",
                column: "WordPressId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImportedAttachments");

            migrationBuilder.DropIndex(
                name: "IX_Pages_WordPressId",
                table: "Pages");

            migrationBuilder.DropIndex(
                name: "IX_Comments_WordPressId",
                table: "Comments");

            migrationBuilder.DropIndex(
                name: "IX_Articles_WordPressId",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "WordPressId",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "WordPressId",
                table: "Comments");

            migrationBuilder.DropColumn(
                name: "WordPressId",
                table: "Articles");
        }
    }
}
