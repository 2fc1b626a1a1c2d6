using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePlanGraph.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Carers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CarerId",
                table: "ReviewInvitees",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Carers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Username = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SeesPlan = table.Column<bool>(type: "INTEGER", nullable: false),
                    SeesReviews = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentGivenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsentRecordedBySubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConsentRecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConsentRecordedByRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ConsentWithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConsentWithdrawnByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EditRevision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Carers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Carers_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Carers_PersonId",
                table: "Carers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Carers_Username",
                table: "Carers",
                column: "Username");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Carers");

            migrationBuilder.DropColumn(
                name: "CarerId",
                table: "ReviewInvitees");
        }
    }
}
