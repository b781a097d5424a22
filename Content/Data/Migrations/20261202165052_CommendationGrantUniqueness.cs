using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDuaCms.Content.Data.Migrations
{
    /// <inheritdoc />
    public partial class CommendationGrantUniqueness : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "UX_Commendations_Department_Grant",
                table: "Commendations",
                columns: new[] { "DecisionId", "TitleId", "DepartmentId", "Year" },
                unique: true,
                filter: "\"DepartmentId\" IS NOT NULL AND \"RevokedOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "UX_Commendations_Person_Grant",
                table: "Commendations",
                columns: new[] { "DecisionId", "TitleId", "PersonId", "Year" },
                unique: true,
                filter: "\"PersonId\" IS NOT NULL AND \"RevokedOn\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "UX_Commendations_Department_Grant",
                table: "Commendations");

            migrationBuilder.DropIndex(
                name: "UX_Commendations_Person_Grant",
                table: "Commendations");
        }
    }
}
