using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePlanGraph.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AssessmentVersions : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_PreviousVersionId",
                table: "Assessments",
                column: "PreviousVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_SupersededById",
                table: "Assessments",
                column: "SupersededById");

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
