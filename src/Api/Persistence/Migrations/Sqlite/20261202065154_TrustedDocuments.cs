using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePlanGraph.Api.Persistence.Migrations.Sqlite
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
                    IntegrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<string>(type: "TEXT", maxLength: 71, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RegisteredBySubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegisteredByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Coordinates = table.Column<string>(type: "TEXT", nullable: false),
                    OperationNames = table.Column<string>(type: "TEXT", nullable: false)
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
