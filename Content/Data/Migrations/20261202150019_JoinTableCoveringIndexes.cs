using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDuaCms.Content.Data.Migrations
{
    /// <inheritdoc />
    public partial class JoinTableCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArticleTags_TagsId",
                table: "ArticleTags");

            migrationBuilder.DropIndex(
                name: "IX_ArticlePeople_PeopleId",
                table: "ArticlePeople");

            migrationBuilder.DropIndex(
                name: "IX_ArticleMovements_MovementsId",
                table: "ArticleMovements");

            migrationBuilder.DropIndex(
                name: "IX_ArticleDepartments_DepartmentsId",
                table: "ArticleDepartments");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTags_TagsId_ArticlesId",
                table: "ArticleTags",
                columns: new[] { "TagsId", "ArticlesId" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticlePeople_PeopleId_ArticlesId",
                table: "ArticlePeople",
                columns: new[] { "PeopleId", "ArticlesId" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleMovements_MovementsId_ArticlesId",
                table: "ArticleMovements",
                columns: new[] { "MovementsId", "ArticlesId" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleDepartments_DepartmentsId_ArticlesId",
                table: "ArticleDepartments",
                columns: new[] { "DepartmentsId", "ArticlesId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArticleTags_TagsId_ArticlesId",
                table: "ArticleTags");

            migrationBuilder.DropIndex(
                name: "IX_ArticlePeople_PeopleId_ArticlesId",
                table: "ArticlePeople");

            migrationBuilder.DropIndex(
                name: "IX_ArticleMovements_MovementsId_ArticlesId",
                table: "ArticleMovements");

            migrationBuilder.DropIndex(
                name: "IX_ArticleDepartments_DepartmentsId_ArticlesId",
                table: "ArticleDepartments");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTags_TagsId",
                table: "ArticleTags",
                column: "TagsId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticlePeople_PeopleId",
                table: "ArticlePeople",
                column: "PeopleId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleMovements_MovementsId",
                table: "ArticleMovements",
                column: "MovementsId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleDepartments_DepartmentsId",
                table: "ArticleDepartments",
                column: "DepartmentsId");
        }
    }
}
