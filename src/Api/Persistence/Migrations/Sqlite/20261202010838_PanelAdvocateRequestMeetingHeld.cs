using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePlanGraph.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PanelAdvocateRequestMeetingHeld : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Attendees",
                table: "ResolutionMeetingRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HeldOn",
                table: "ResolutionMeetingRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HeldRecordedAt",
                table: "ResolutionMeetingRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HeldRecordedByName",
                table: "ResolutionMeetingRequests",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Solution",
                table: "ResolutionMeetingRequests",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AdvocateRequestFulfilledAt",
                table: "CarePlans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdvocateRequestReason",
                table: "CarePlans",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AdvocateRequestedAt",
                table: "CarePlans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdvocateRequestedByName",
                table: "CarePlans",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdvocateRequestedByRole",
                table: "CarePlans",
                type: "TEXT",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Attendees",
                table: "ResolutionMeetingRequests");

            migrationBuilder.DropColumn(
                name: "HeldOn",
                table: "ResolutionMeetingRequests");

            migrationBuilder.DropColumn(
                name: "HeldRecordedAt",
                table: "ResolutionMeetingRequests");

            migrationBuilder.DropColumn(
                name: "HeldRecordedByName",
                table: "ResolutionMeetingRequests");

            migrationBuilder.DropColumn(
                name: "Solution",
                table: "ResolutionMeetingRequests");

            migrationBuilder.DropColumn(
                name: "AdvocateRequestFulfilledAt",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "AdvocateRequestReason",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "AdvocateRequestedAt",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "AdvocateRequestedByName",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "AdvocateRequestedByRole",
                table: "CarePlans");
        }
    }
}
