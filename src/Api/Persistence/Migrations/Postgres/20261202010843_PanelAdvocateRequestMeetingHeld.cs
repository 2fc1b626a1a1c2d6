using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePlanGraph.Api.Persistence.Migrations.Postgres
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
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HeldOn",
                table: "ResolutionMeetingRequests",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "HeldRecordedAt",
                table: "ResolutionMeetingRequests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HeldRecordedByName",
                table: "ResolutionMeetingRequests",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "Solution",
                table: "ResolutionMeetingRequests",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AdvocateRequestFulfilledAt",
                table: "CarePlans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdvocateRequestReason",
                table: "CarePlans",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AdvocateRequestedAt",
                table: "CarePlans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdvocateRequestedByName",
                table: "CarePlans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "AdvocateRequestedByRole",
                table: "CarePlans",
                type: "character varying(40)",
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
