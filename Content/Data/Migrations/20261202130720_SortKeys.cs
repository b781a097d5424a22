using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDuaCms.Content.Data.Migrations
{
    /// <inheritdoc />
    public partial class SortKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SortKey",
                table: "People",
                type: "TEXT",
                maxLength: 1024,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SortKey",
                table: "Initiatives",
                type: "TEXT",
                maxLength: 1024,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_People_SortKey",
                table: "People",
                column: "SortKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_SortKey",
                table: "People");

            migrationBuilder.DropColumn(
                name: "SortKey",
                table: "People");

            migrationBuilder.DropColumn(
                name: "SortKey",
                table: "Initiatives");
        }
    }
}
