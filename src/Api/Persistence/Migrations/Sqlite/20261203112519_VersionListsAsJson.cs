using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePlanGraph.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VersionListsAsJson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Decisions",
                table: "PlanVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Helpers",
                table: "PlanVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RiskMitigations",
                table: "PlanVersions",
                type: "TEXT",
                nullable: true);

            // Each version's rows, written as the JSON EF Core writes for them, before the tables go.
            migrationBuilder.Sql(
                """
                UPDATE "PlanVersions" SET
                    "Helpers" = (SELECT json_group_array(json_object(
                            'AddedAt', h."AddedAt", 'Id', h."Id", 'Kind', h."Kind", 'Name', h."Name", 'OrganisationId', h."OrganisationId"))
                        FROM (SELECT * FROM "PlanHelpers" WHERE "PlanVersionId" = "PlanVersions"."Id" ORDER BY "AddedAt") AS h),
                    "RiskMitigations" = (SELECT json_group_array(json_object(
                            'Id', m."Id", 'Mitigation', m."Mitigation", 'RecordedAt', m."RecordedAt", 'RecordedByName', m."RecordedByName",
                            'RecordedBySubject', m."RecordedBySubject", 'RiskId', m."RiskId"))
                        FROM (SELECT * FROM "RiskMitigations" WHERE "PlanVersionId" = "PlanVersions"."Id" ORDER BY "RecordedAt") AS m),
                    "Decisions" = (SELECT json_group_array(json_object(
                            'AdviceOffered', d."AdviceOffered", 'DecidedAt', d."DecidedAt", 'DecidedByName', d."DecidedByName",
                            'DecidedByRole', d."DecidedByRole", 'DecidedBySubject', d."DecidedBySubject", 'Id', d."Id",
                            'IsLawfulAndSensible', json(CASE WHEN d."IsLawfulAndSensible" THEN 'true' ELSE 'false' END),
                            'IsResponsiblyManaged', json(CASE WHEN d."IsResponsiblyManaged" THEN 'true' ELSE 'false' END),
                            'KeepsPersonHealthySafeAndWell', json(CASE WHEN d."KeepsPersonHealthySafeAndWell" THEN 'true' ELSE 'false' END),
                            'Outcome', d."Outcome", 'Rationale', d."Rationale",
                            'ReviewAssessmentRequested', json(CASE WHEN d."ReviewAssessmentRequested" THEN 'true' ELSE 'false' END),
                            'VersionRevision', d."VersionRevision", 'RequiredChanges', json(d."RequiredChanges")))
                        FROM (SELECT * FROM "PlanDecisions" WHERE "PlanVersionId" = "PlanVersions"."Id" ORDER BY "DecidedAt") AS d);
                """);

            migrationBuilder.DropTable(
                name: "PlanDecisions");

            migrationBuilder.DropTable(
                name: "PlanHelpers");

            migrationBuilder.DropTable(
                name: "RiskMitigations");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlanDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AdviceOffered = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecidedByRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedBySubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsLawfulAndSensible = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsResponsiblyManaged = table.Column<bool>(type: "INTEGER", nullable: false),
                    KeepsPersonHealthySafeAndWell = table.Column<bool>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PlanVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReviewAssessmentRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    VersionRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiredChanges = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanDecisions_PlanVersions_PlanVersionId",
                        column: x => x.PlanVersionId,
                        principalTable: "PlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanHelpers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PlanVersionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanHelpers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanHelpers_PlanVersions_PlanVersionId",
                        column: x => x.PlanVersionId,
                        principalTable: "PlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RiskMitigations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Mitigation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PlanVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedBySubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RiskId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskMitigations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskMitigations_PlanVersions_PlanVersionId",
                        column: x => x.PlanVersionId,
                        principalTable: "PlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanDecisions_PlanVersionId",
                table: "PlanDecisions",
                column: "PlanVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanHelpers_OrganisationId",
                table: "PlanHelpers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanHelpers_PlanVersionId",
                table: "PlanHelpers",
                column: "PlanVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_RiskMitigations_PlanVersionId",
                table: "RiskMitigations",
                column: "PlanVersionId");

            // Back into the tables, before the JSON columns go.
            migrationBuilder.Sql(
                """
                INSERT INTO "PlanHelpers" ("Id", "AddedAt", "Kind", "Name", "OrganisationId", "PlanVersionId")
                SELECT json_extract(e.value, '$.Id'), json_extract(e.value, '$.AddedAt'), json_extract(e.value, '$.Kind'),
                    json_extract(e.value, '$.Name'), json_extract(e.value, '$.OrganisationId'), v."Id"
                FROM "PlanVersions" AS v, json_each(coalesce(v."Helpers", '[]')) AS e;

                INSERT INTO "RiskMitigations" ("Id", "Mitigation", "PlanVersionId", "RecordedAt", "RecordedByName", "RecordedBySubject", "RiskId")
                SELECT json_extract(e.value, '$.Id'), json_extract(e.value, '$.Mitigation'), v."Id", json_extract(e.value, '$.RecordedAt'),
                    json_extract(e.value, '$.RecordedByName'), json_extract(e.value, '$.RecordedBySubject'), json_extract(e.value, '$.RiskId')
                FROM "PlanVersions" AS v, json_each(coalesce(v."RiskMitigations", '[]')) AS e;

                INSERT INTO "PlanDecisions" ("Id", "AdviceOffered", "DecidedAt", "DecidedByName", "DecidedByRole", "DecidedBySubject",
                    "IsLawfulAndSensible", "IsResponsiblyManaged", "KeepsPersonHealthySafeAndWell", "Outcome", "PlanVersionId", "Rationale",
                    "ReviewAssessmentRequested", "VersionRevision", "RequiredChanges")
                SELECT json_extract(e.value, '$.Id'), json_extract(e.value, '$.AdviceOffered'), json_extract(e.value, '$.DecidedAt'),
                    json_extract(e.value, '$.DecidedByName'), json_extract(e.value, '$.DecidedByRole'), json_extract(e.value, '$.DecidedBySubject'),
                    json_extract(e.value, '$.IsLawfulAndSensible'), json_extract(e.value, '$.IsResponsiblyManaged'),
                    json_extract(e.value, '$.KeepsPersonHealthySafeAndWell'), json_extract(e.value, '$.Outcome'), v."Id",
                    json_extract(e.value, '$.Rationale'), json_extract(e.value, '$.ReviewAssessmentRequested'),
                    json_extract(e.value, '$.VersionRevision'), coalesce(json_extract(e.value, '$.RequiredChanges'), '[]')
                FROM "PlanVersions" AS v, json_each(coalesce(v."Decisions", '[]')) AS e;
                """);

            migrationBuilder.DropColumn(
                name: "Decisions",
                table: "PlanVersions");

            migrationBuilder.DropColumn(
                name: "Helpers",
                table: "PlanVersions");

            migrationBuilder.DropColumn(
                name: "RiskMitigations",
                table: "PlanVersions");
        }
    }
}
