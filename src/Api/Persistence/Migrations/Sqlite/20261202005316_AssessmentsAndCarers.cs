using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePlanGraph.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AssessmentsAndCarers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_IdentifiedRisks",
                table: "IdentifiedRisks");

            migrationBuilder.DropIndex(
                name: "IX_IdentifiedRisks_AssessmentId",
                table: "IdentifiedRisks");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EligibleNeeds",
                table: "EligibleNeeds");

            migrationBuilder.DropIndex(
                name: "IX_EligibleNeeds_AssessmentId",
                table: "EligibleNeeds");

            migrationBuilder.DropPrimaryKey(
                name: "PK_DesiredOutcomes",
                table: "DesiredOutcomes");

            migrationBuilder.DropIndex(
                name: "IX_DesiredOutcomes_AssessmentId",
                table: "DesiredOutcomes");

            migrationBuilder.AddColumn<Guid>(
                name: "CarerId",
                table: "ReviewInvitees",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "AssessmentId",
                table: "IdentifiedRisks",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "AssessmentId",
                table: "EligibleNeeds",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "AssessmentId",
                table: "DesiredOutcomes",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EditRevision",
                table: "Assessments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "PreviousVersionId",
                table: "Assessments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordedBy",
                table: "Assessments",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupersededById",
                table: "Assessments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Assessments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddPrimaryKey(
                name: "PK_IdentifiedRisks",
                table: "IdentifiedRisks",
                columns: new[] { "AssessmentId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_EligibleNeeds",
                table: "EligibleNeeds",
                columns: new[] { "AssessmentId", "Id" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_DesiredOutcomes",
                table: "DesiredOutcomes",
                columns: new[] { "AssessmentId", "Id" });

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
                name: "IX_Assessments_PreviousVersionId",
                table: "Assessments",
                column: "PreviousVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_SupersededById",
                table: "Assessments",
                column: "SupersededById");

            migrationBuilder.CreateIndex(
                name: "IX_Carers_PersonId",
                table: "Carers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Carers_Username",
                table: "Carers",
                column: "Username");

            migrationBuilder.AddForeignKey(
                name: "FK_Assessments_Assessments_PreviousVersionId",
                table: "Assessments",
                column: "PreviousVersionId",
                principalTable: "Assessments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Assessments_Assessments_SupersededById",
                table: "Assessments",
                column: "SupersededById",
                principalTable: "Assessments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Assessments_Assessments_PreviousVersionId",
                table: "Assessments");

            migrationBuilder.DropForeignKey(
                name: "FK_Assessments_Assessments_SupersededById",
                table: "Assessments");

            migrationBuilder.DropTable(
                name: "Carers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_IdentifiedRisks",
                table: "IdentifiedRisks");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EligibleNeeds",
                table: "EligibleNeeds");

            migrationBuilder.DropPrimaryKey(
                name: "PK_DesiredOutcomes",
                table: "DesiredOutcomes");

            migrationBuilder.DropIndex(
                name: "IX_Assessments_PreviousVersionId",
                table: "Assessments");

            migrationBuilder.DropIndex(
                name: "IX_Assessments_SupersededById",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "CarerId",
                table: "ReviewInvitees");

            migrationBuilder.DropColumn(
                name: "EditRevision",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "PreviousVersionId",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "RecordedBy",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "SupersededById",
                table: "Assessments");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Assessments");

            migrationBuilder.AlterColumn<Guid>(
                name: "AssessmentId",
                table: "IdentifiedRisks",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<Guid>(
                name: "AssessmentId",
                table: "EligibleNeeds",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<Guid>(
                name: "AssessmentId",
                table: "DesiredOutcomes",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddPrimaryKey(
                name: "PK_IdentifiedRisks",
                table: "IdentifiedRisks",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_EligibleNeeds",
                table: "EligibleNeeds",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_DesiredOutcomes",
                table: "DesiredOutcomes",
                column: "Id");

            migrationBuilder.CreateIndex(
                name: "IX_IdentifiedRisks_AssessmentId",
                table: "IdentifiedRisks",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_EligibleNeeds_AssessmentId",
                table: "EligibleNeeds",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_DesiredOutcomes_AssessmentId",
                table: "DesiredOutcomes",
                column: "AssessmentId");
        }
    }
}
