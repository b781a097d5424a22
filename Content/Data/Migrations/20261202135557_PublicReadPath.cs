using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDuaCms.Content.Data.Migrations
{
    /// <inheritdoc />
    public partial class PublicReadPath : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_CategoryId_Status_PublishedAt",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_IsFeatured_Status_PublishedAt",
                table: "Articles");

            migrationBuilder.AddColumn<string>(
                name: "VariantWidths",
                table: "MediaAssets",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateTime>(
                name: "PublicAt",
                table: "Articles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PublicMonth",
                table: "Articles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PublicYear",
                table: "Articles",
                type: "INTEGER",
                nullable: true);

            // Fill the new columns of existing rows (the writers keep them from now on). SQLite only: a PostgreSQL
            // database starts from these migrations empty.
            if (migrationBuilder.IsSqlite())
            {
                migrationBuilder.Sql(
                    """
                    UPDATE "Articles" SET "PublicAt" = CASE WHEN "Status" IN (2, 3) THEN "PublishedAt" END;
                    UPDATE "Articles" SET
                        "PublicYear" = CAST(strftime('%Y', "PublicAt", '+7 hours') AS INTEGER),
                        "PublicMonth" = CAST(strftime('%m', "PublicAt", '+7 hours') AS INTEGER)
                    WHERE "PublicAt" IS NOT NULL;
                    """);
                // The variants made at upload were the configured widths up to the original's width (the original's own
                // width when it is narrower than all); the default widths 320, 800 and 1600 were never reconfigured.
                migrationBuilder.Sql(
                    """
                    UPDATE "MediaAssets" SET "VariantWidths" = CASE
                        WHEN "Width" >= 1600 THEN '[320,800,1600]'
                        WHEN "Width" >= 800 THEN '[320,800]'
                        WHEN "Width" >= 320 THEN '[320]'
                        ELSE '[' || MAX("Width", 1) || ']'
                    END;
                    """);
            }

            migrationBuilder.CreateIndex(
                name: "IX_Articles_CategoryId_PublicAt",
                table: "Articles",
                columns: new[] { "CategoryId", "PublicAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Id_PublicAt",
                table: "Articles",
                columns: new[] { "Id", "PublicAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_IsFeatured_PublicAt",
                table: "Articles",
                columns: new[] { "IsFeatured", "PublicAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PublicAt_Id",
                table: "Articles",
                columns: new[] { "PublicAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_CategoryId_PublicAt",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Id_PublicAt",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_IsFeatured_PublicAt",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_PublicAt_Id",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "VariantWidths",
                table: "MediaAssets");

            migrationBuilder.DropColumn(
                name: "PublicAt",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "PublicMonth",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "PublicYear",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_CategoryId_Status_PublishedAt",
                table: "Articles",
                columns: new[] { "CategoryId", "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_IsFeatured_Status_PublishedAt",
                table: "Articles",
                columns: new[] { "IsFeatured", "Status", "PublishedAt" });
        }
    }
}
