using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePlanGraph.Api.Persistence.Migrations.Postgres
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
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Helpers",
                table: "PlanVersions",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RiskMitigations",
                table: "PlanVersions",
                type: "jsonb",
                nullable: true);

            // Each version's rows, written as the JSON EF Core writes for them, before the tables go.
            migrationBuilder.Sql(
                """
                UPDATE "PlanVersions" AS v SET
                    "Helpers" = coalesce((SELECT jsonb_agg(jsonb_build_object(
                            'Id', h."Id", 'Kind', h."Kind", 'Name', h."Name", 'AddedAt', to_char(h."AddedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"'),
                            'OrganisationId', h."OrganisationId") ORDER BY h."AddedAt")
                        FROM "PlanHelpers" AS h WHERE h."PlanVersionId" = v."Id"), '[]'::jsonb),
                    "RiskMitigations" = coalesce((SELECT jsonb_agg(jsonb_build_object(
                            'Id', m."Id", 'RiskId', m."RiskId", 'Mitigation', m."Mitigation", 'RecordedAt', to_char(m."RecordedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"'),
                            'RecordedByName', m."RecordedByName", 'RecordedBySubject', m."RecordedBySubject") ORDER BY m."RecordedAt")
                        FROM "RiskMitigations" AS m WHERE m."PlanVersionId" = v."Id"), '[]'::jsonb),
                    "Decisions" = coalesce((SELECT jsonb_agg(jsonb_build_object(
                            'Id', d."Id", 'Outcome', d."Outcome", 'DecidedAt', to_char(d."DecidedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"'), 'Rationale', d."Rationale",
                            'AdviceOffered', d."AdviceOffered", 'DecidedByName', d."DecidedByName", 'DecidedByRole', d."DecidedByRole",
                            'RequiredChanges', to_jsonb(d."RequiredChanges"), 'VersionRevision', d."VersionRevision",
                            'DecidedBySubject', d."DecidedBySubject", 'IsLawfulAndSensible', d."IsLawfulAndSensible",
                            'IsResponsiblyManaged', d."IsResponsiblyManaged", 'ReviewAssessmentRequested', d."ReviewAssessmentRequested",
                            'KeepsPersonHealthySafeAndWell', d."KeepsPersonHealthySafeAndWell") ORDER BY d."DecidedAt")
                        FROM "PlanDecisions" AS d WHERE d."PlanVersionId" = v."Id"), '[]'::jsonb);
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AdviceOffered = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "C"),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    DecidedByRole = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DecidedBySubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    IsLawfulAndSensible = table.Column<bool>(type: "boolean", nullable: false),
                    IsResponsiblyManaged = table.Column<bool>(type: "boolean", nullable: false),
                    KeepsPersonHealthySafeAndWell = table.Column<bool>(type: "boolean", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PlanVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "C"),
                    ReviewAssessmentRequested = table.Column<bool>(type: "boolean", nullable: false),
                    VersionRevision = table.Column<int>(type: "integer", nullable: false),
                    RequiredChanges = table.Column<List<string>>(type: "text[]", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    PlanVersionId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Mitigation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "C"),
                    PlanVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    RecordedBySubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    RiskId = table.Column<Guid>(type: "uuid", nullable: false)
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
                SELECT (e->>'Id')::uuid, (e->>'AddedAt')::timestamptz, e->>'Kind', e->>'Name', (e->>'OrganisationId')::uuid, v."Id"
                FROM "PlanVersions" AS v, jsonb_array_elements(coalesce(v."Helpers", '[]'::jsonb)) AS e;

                INSERT INTO "RiskMitigations" ("Id", "Mitigation", "PlanVersionId", "RecordedAt", "RecordedByName", "RecordedBySubject", "RiskId")
                SELECT (e->>'Id')::uuid, e->>'Mitigation', v."Id", (e->>'RecordedAt')::timestamptz, e->>'RecordedByName',
                    e->>'RecordedBySubject', (e->>'RiskId')::uuid
                FROM "PlanVersions" AS v, jsonb_array_elements(coalesce(v."RiskMitigations", '[]'::jsonb)) AS e;

                INSERT INTO "PlanDecisions" ("Id", "AdviceOffered", "DecidedAt", "DecidedByName", "DecidedByRole", "DecidedBySubject",
                    "IsLawfulAndSensible", "IsResponsiblyManaged", "KeepsPersonHealthySafeAndWell", "Outcome", "PlanVersionId", "Rationale",
                    "ReviewAssessmentRequested", "VersionRevision", "RequiredChanges")
                SELECT (e->>'Id')::uuid, e->>'AdviceOffered', (e->>'DecidedAt')::timestamptz, e->>'DecidedByName', e->>'DecidedByRole',
                    e->>'DecidedBySubject', (e->>'IsLawfulAndSensible')::boolean, (e->>'IsResponsiblyManaged')::boolean,
                    (e->>'KeepsPersonHealthySafeAndWell')::boolean, e->>'Outcome', v."Id", e->>'Rationale',
                    (e->>'ReviewAssessmentRequested')::boolean, (e->>'VersionRevision')::integer,
                    ARRAY(SELECT jsonb_array_elements_text(coalesce(e->'RequiredChanges', '[]'::jsonb)))
                FROM "PlanVersions" AS v, jsonb_array_elements(coalesce(v."Decisions", '[]'::jsonb)) AS e;
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
