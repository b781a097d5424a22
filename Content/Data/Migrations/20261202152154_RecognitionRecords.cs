using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDuaCms.Content.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecognitionRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var index in new[] { "IX_Commendations_DepartmentId", "IX_Commendations_MovementId", "IX_Commendations_Name", "IX_Commendations_PersonId", "IX_Commendations_Year" })
            {
                migrationBuilder.DropIndex(name: index, table: "Commendations");
            }
            // SQLite keeps the old rows aside to carry them over; a PostgreSQL database starts from these migrations empty.
            if (migrationBuilder.IsSqlite())
            {
                migrationBuilder.RenameTable(name: "Commendations", newName: "LegacyCommendations");
            }
            else
            {
                migrationBuilder.DropTable(name: "Commendations");
            }

            migrationBuilder.CreateTable(
                name: "CommendationTitles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SortKey = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    For = table.Column<int>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommendationTitles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IssuingAuthorities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuingAuthorities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Decisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignerPosition = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PdfMediaId = table.Column<int>(type: "INTEGER", nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Decisions_IssuingAuthorities_AuthorityId",
                        column: x => x.AuthorityId,
                        principalTable: "IssuingAuthorities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Commendations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    TitleId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    MovementId = table.Column<int>(type: "INTEGER", nullable: true),
                    Citation = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    DepartmentNameAtAward = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PositionAtAward = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    RevokedByNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RevokedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RevokedReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Commendations", x => x.Id);
                    table.CheckConstraint("CK_Commendation_Recipient", "(\"PersonId\" IS NULL) <> (\"DepartmentId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_Commendations_CommendationTitles_TitleId",
                        column: x => x.TitleId,
                        principalTable: "CommendationTitles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Commendations_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Commendations_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Commendations_Movements_MovementId",
                        column: x => x.MovementId,
                        principalTable: "Movements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Commendations_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            // Plain SQL that SQLite and PostgreSQL both run: the standard authorities, which the old rows map onto.
            migrationBuilder.Sql(
                $"""
                WITH {StandardAuthorities}
                INSERT INTO "IssuingAuthorities" ("Name", "Level", "Rank")
                SELECT s."Name", s."Level", s."Rank" FROM "StandardAuthorities" s
                WHERE NOT EXISTS (SELECT 1 FROM "IssuingAuthorities" a WHERE a."Name" = s."Name")
                ORDER BY s."Rank";
                """);
            if (migrationBuilder.IsSqlite())
            {
                CarryOverSqlite(migrationBuilder);
                migrationBuilder.DropTable(name: "LegacyCommendations");
            }
            // Then the standard titles the carried-over ones lack. Sort keys are computed at start (DatabaseInitializer).
            migrationBuilder.Sql(
                $"""
                WITH {StandardTitles}
                INSERT INTO "CommendationTitles" ("Name", "SortKey", "Kind", "For", "Rank")
                SELECT s."Name", '', s."Kind", s."For", s."Rank" FROM "StandardTitles" s
                WHERE NOT EXISTS (SELECT 1 FROM "CommendationTitles" t WHERE t."Name" = s."Name")
                ORDER BY s."Kind", s."Rank" DESC, s."Name";
                """);

            migrationBuilder.CreateIndex(name: "IX_Commendations_DecisionId", table: "Commendations", column: "DecisionId");
            migrationBuilder.CreateIndex(name: "IX_Commendations_DepartmentId", table: "Commendations", column: "DepartmentId");
            migrationBuilder.CreateIndex(name: "IX_Commendations_MovementId", table: "Commendations", column: "MovementId");
            migrationBuilder.CreateIndex(name: "IX_Commendations_PersonId", table: "Commendations", column: "PersonId");
            migrationBuilder.CreateIndex(name: "IX_Commendations_TitleId", table: "Commendations", column: "TitleId");
            migrationBuilder.CreateIndex(name: "IX_Commendations_Year", table: "Commendations", column: "Year");
            migrationBuilder.CreateIndex(name: "IX_CommendationTitles_Kind_Name", table: "CommendationTitles", columns: new[] { "Kind", "Name" }, unique: true);
            migrationBuilder.CreateIndex(name: "IX_Decisions_AuthorityId", table: "Decisions", column: "AuthorityId");
            migrationBuilder.CreateIndex(name: "IX_Decisions_Number", table: "Decisions", column: "Number");
            migrationBuilder.CreateIndex(name: "IX_Decisions_State_Date", table: "Decisions", columns: new[] { "State", "Date" });
            migrationBuilder.CreateIndex(name: "IX_IssuingAuthorities_Name", table: "IssuingAuthorities", column: "Name", unique: true);
        }

        // The standard catalog (Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP), as StandardCatalog lists it
        // today: Kind 0 emulation title, 1 form; For 0 individuals, 1 collectives, 2 both; AuthorityLevel 0 Facility,
        // 1 Sector, 2 MinistryOrProvince, 3 State. Written out here: a migration must not change when the code does.
        private const string StandardTitles =
            """
            "StandardTitles"("Name", "Kind", "For", "Rank") AS (VALUES
                ('Chiến sĩ thi đua toàn quốc', 0, 0, 400),
                ('Chiến sĩ thi đua cấp bộ, ngành', 0, 0, 300),
                ('Chiến sĩ thi đua cấp tỉnh', 0, 0, 300),
                ('Chiến sĩ thi đua cơ sở', 0, 0, 200),
                ('Lao động tiên tiến', 0, 0, 100),
                ('Cờ thi đua của Chính phủ', 0, 1, 450),
                ('Cờ thi đua của Bộ Y tế', 0, 1, 350),
                ('Cờ thi đua cấp tỉnh', 0, 1, 350),
                ('Tập thể lao động xuất sắc', 0, 1, 250),
                ('Tập thể lao động tiên tiến', 0, 1, 100),
                ('Huân chương Lao động hạng Nhất', 1, 2, 930),
                ('Huân chương Lao động hạng Nhì', 1, 2, 920),
                ('Huân chương Lao động hạng Ba', 1, 2, 910),
                ('Thầy thuốc Nhân dân', 1, 0, 850),
                ('Thầy thuốc Ưu tú', 1, 0, 800),
                ('Bằng khen', 1, 2, 600),
                ('Kỷ niệm chương “Vì sức khỏe nhân dân”', 1, 0, 550),
                ('Giấy khen', 1, 2, 500))
            """;

        private const string StandardAuthorities =
            """
            "StandardAuthorities"("Name", "Level", "Rank") AS (VALUES
                ('Giám đốc Bệnh viện', 0, 10),
                ('Giám đốc Sở Y tế', 1, 20),
                ('Chủ tịch UBND tỉnh', 2, 30),
                ('Bộ trưởng Bộ Y tế', 2, 31),
                ('Thủ tướng Chính phủ', 3, 40),
                ('Chủ tịch nước', 3, 41))
            """;

        // The old IssuingLevel (0 Hospital, 1 DepartmentOfHealth, 2 Province, 3 Ministry, 4 PrimeMinister, 5 President)
        // as the standard authority it was.
        private const string AuthorityMapping =
            """
            "AuthorityMapping"("OldLevel", "Name") AS (VALUES
                (0, 'Giám đốc Bệnh viện'),
                (1, 'Giám đốc Sở Y tế'),
                (2, 'Chủ tịch UBND tỉnh'),
                (3, 'Bộ trưởng Bộ Y tế'),
                (4, 'Thủ tướng Chính phủ'),
                (5, 'Chủ tịch nước'))
            """;

        // The title a row names: "Bằng khen của Bộ trưởng Bộ Y tế" is the form Bằng khen from that authority; the
        // medal's name gets its quotation marks.
        private const string TitleName =
            """
            CASE WHEN "Name" = 'Kỷ niệm chương Vì sức khỏe nhân dân' THEN 'Kỷ niệm chương “Vì sức khỏe nhân dân”'
                WHEN instr("Name", ' của ') > 0 THEN substr("Name", 1, instr("Name", ' của ') - 1) ELSE "Name" END
            """;

        private static void CarryOverSqlite(MigrationBuilder migrationBuilder)
        {
            // Titles: the distinct (name, kind) of the rows; the standard ones get the standard recipients and rank, the
            // others whom the rows gave them to and rank 0.
            migrationBuilder.Sql(
                $"""
                WITH {StandardTitles},
                "Named" AS (SELECT {TitleName} AS "Name", "Kind", "RecipientKind" FROM "LegacyCommendations")
                INSERT INTO "CommendationTitles" ("Name", "SortKey", "Kind", "For", "Rank")
                SELECT n."Name", '', n."Kind",
                    COALESCE(s."For", CASE WHEN MIN(n."RecipientKind") = MAX(n."RecipientKind") THEN MIN(n."RecipientKind") ELSE 2 END),
                    COALESCE(s."Rank", 0)
                FROM "Named" n LEFT JOIN "StandardTitles" s ON s."Name" = n."Name"
                GROUP BY n."Name", n."Kind", s."For", s."Rank"
                ORDER BY n."Kind", n."Name";
                """);

            // Decisions: one per (level, number, date) the rows name; rows without a number get one per (level, year),
            // numbered "Chưa ghi số" and saying so, dated the earliest date they give or else 31/12 of the year. All
            // were public, so all are published.
            migrationBuilder.Sql(
                """
                ALTER TABLE "LegacyCommendations" ADD COLUMN "DecisionKey" TEXT;
                UPDATE "LegacyCommendations" SET "DecisionKey" = CASE
                    WHEN "DecisionNumber" IS NULL OR trim("DecisionNumber") = '' THEN 'chua-ghi-so|' || "Level" || '|' || "Year"
                    ELSE 'so|' || "Level" || '|' || trim("DecisionNumber") || '|' || COALESCE("DecisionDate", "Year")
                END;
                CREATE TABLE "LegacyDecisionKeys" ("Id" INTEGER PRIMARY KEY AUTOINCREMENT, "DecisionKey" TEXT NOT NULL UNIQUE);
                INSERT INTO "LegacyDecisionKeys" ("DecisionKey")
                SELECT "DecisionKey" FROM "LegacyCommendations" GROUP BY "DecisionKey" ORDER BY MIN("Id");
                """);
            migrationBuilder.Sql(
                $"""
                WITH {AuthorityMapping}
                INSERT INTO "Decisions" ("Id", "Number", "Date", "AuthorityId", "SignerName", "SignerPosition", "Subject", "PdfMediaId", "State", "PublishedAt")
                SELECT k."Id",
                    CASE WHEN trim(COALESCE(MIN(c."DecisionNumber"), '')) = '' THEN 'Chưa ghi số' ELSE trim(MIN(c."DecisionNumber")) END,
                    COALESCE(MIN(c."DecisionDate"), printf('%04d-12-31', MIN(c."Year"))),
                    a."Id", NULL, NULL,
                    CASE WHEN trim(COALESCE(MIN(c."DecisionNumber"), '')) = ''
                        THEN 'Khen thưởng năm ' || MIN(c."Year") || ' chuyển từ dữ liệu cũ, chưa ghi số quyết định'
                            || CASE WHEN MIN(c."DecisionDate") IS NULL THEN ' và ngày quyết định (ghi tạm 31/12)' ELSE '' END
                    END,
                    NULL, 2, strftime('%Y-%m-%d %H:%M:%S', 'now')
                FROM "LegacyCommendations" c
                JOIN "LegacyDecisionKeys" k ON k."DecisionKey" = c."DecisionKey"
                JOIN "AuthorityMapping" m ON m."OldLevel" = c."Level"
                JOIN "IssuingAuthorities" a ON a."Name" = m."Name"
                GROUP BY k."Id", a."Id";
                """);

            // The recipients' department and position at the award were not recorded: today's are the best known.
            migrationBuilder.Sql(
                $"""
                INSERT INTO "Commendations" ("Id", "DecisionId", "TitleId", "PersonId", "DepartmentId", "Year", "MovementId", "Citation",
                    "DepartmentNameAtAward", "PositionAtAward", "RevokedByNumber", "RevokedOn", "RevokedReason")
                SELECT c."Id", k."Id", t."Id",
                    CASE WHEN c."RecipientKind" = 0 THEN c."PersonId" END,
                    CASE WHEN c."RecipientKind" = 1 THEN c."DepartmentId" END,
                    c."Year", c."MovementId", c."Citation",
                    CASE WHEN c."RecipientKind" = 0
                        THEN (SELECT d."Name" FROM "People" p JOIN "Departments" d ON d."Id" = p."DepartmentId" WHERE p."Id" = c."PersonId")
                        ELSE (SELECT d."Name" FROM "Departments" d WHERE d."Id" = c."DepartmentId")
                    END,
                    CASE WHEN c."RecipientKind" = 0 THEN (SELECT p."Position" FROM "People" p WHERE p."Id" = c."PersonId") END,
                    NULL, NULL, NULL
                FROM "LegacyCommendations" c
                JOIN "LegacyDecisionKeys" k ON k."DecisionKey" = c."DecisionKey"
                JOIN "CommendationTitles" t ON t."Kind" = c."Kind" AND t."Name" = ({TitleName.Replace("\"Name\"", "c.\"Name\"", StringComparison.Ordinal)});
                DROP TABLE "LegacyDecisionKeys";
                """);

            // Initiative.RecognitionLevel was an IssuingLevel; it is now an AuthorityLevel.
            migrationBuilder.Sql(
                """
                UPDATE "Initiatives" SET "RecognitionLevel" = CASE "RecognitionLevel"
                    WHEN 0 THEN 0 WHEN 1 THEN 1 WHEN 2 THEN 2 WHEN 3 THEN 2 WHEN 4 THEN 3 WHEN 5 THEN 3 END
                WHERE "RecognitionLevel" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            throw new NotSupportedException(
                "RecognitionRecords cannot be reverted: decisions, authorities, signers and revocations have no place in the old schema. Restore a backup taken before it instead.");
    }
}
