using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePlanGraph.Api.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TrustedDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrustedDocuments",
                columns: table => new
                {
                    IntegrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<string>(type: "character varying(71)", maxLength: 71, nullable: false, collation: "C"),
                    Text = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RegisteredBySubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    RegisteredByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Coordinates = table.Column<List<string>>(type: "text[]", nullable: false),
                    OperationNames = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrustedDocuments", x => new { x.IntegrationId, x.DocumentId });
                    table.ForeignKey(
                        name: "FK_TrustedDocuments_Integrations_IntegrationId",
                        column: x => x.IntegrationId,
                        principalTable: "Integrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrustedDocuments");
        }
    }
}
