using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePlanGraph.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewsAndComplaints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AdvocacyAppropriatePersonAvailable",
                table: "CarePlans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdvocacyAppropriatePersonName",
                table: "CarePlans",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AdvocacyCreatedAt",
                table: "CarePlans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AdvocacyNeedRecordedAt",
                table: "CarePlans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdvocacyNeedRecordedByName",
                table: "CarePlans",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdvocacyReferralReason",
                table: "CarePlans",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AdvocacyReferredAt",
                table: "CarePlans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdvocacyReferredByName",
                table: "CarePlans",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AdvocacySignificantDifficulty",
                table: "CarePlans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AdvocateAssignedAt",
                table: "CarePlans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AdvocateName",
                table: "CarePlans",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AdvocateOrganisationId",
                table: "CarePlans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DirectPaymentReviewDue",
                table: "CarePlans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DirectPaymentStartedOn",
                table: "CarePlans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FirstReviewCompletedOn",
                table: "CarePlans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastReviewCompletedOn",
                table: "CarePlans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OpenReviewId",
                table: "CarePlans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PanelReferralDecidedAt",
                table: "CarePlans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PanelReferralReason",
                table: "CarePlans",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PanelReferralVersionNumber",
                table: "CarePlans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PanelReferredAt",
                table: "CarePlans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PanelReferredByName",
                table: "CarePlans",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PanelReferredByRole",
                table: "CarePlans",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PanelReferredBySubject",
                table: "CarePlans",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Complaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    About = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    MatterOccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MadeBySubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MadeByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MadeByRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AcknowledgementDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsOutsideTimeLimit = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcknowledgedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AcknowledgementMessage = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Conclusions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OmbudsmanAdvice = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RespondedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClosingNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EditRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    Actions = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Complaints_CarePlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CarePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResolutionMeetingRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    WhatToDiscuss = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RequestedBySubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedByRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MeetingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Arrangements = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ArrangedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResolutionMeetingRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResolutionMeetingRequests_CarePlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CarePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ResolutionMeetingRequests_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReviewRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RequestedBySubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedByRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeclineReasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Grounds = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewRequests_CarePlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CarePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewRequests_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartedBySubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EditRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ChangesStartOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OutcomeRecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OutcomeRecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PersonSignedBySubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PersonSignedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PersonSignedByRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PersonSignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    KeyWorkerSignedBySubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    KeyWorkerSignedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    KeyWorkerSignedByRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    KeyWorkerSignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevisionVersionNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    Changes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reviews_CarePlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CarePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Reviews_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SafetyConcerns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Concern = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RaisedBySubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RaisedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RaisedByRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClosedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyConcerns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SafetyConcerns_CarePlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CarePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SafetyConcerns_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReviewDisagreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedBySubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedByRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewDisagreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewDisagreements_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewInvitees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InvitedBySubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InvitedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InvitedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewInvitees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewInvitees_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewOutcomes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutcomeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Attainment = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewOutcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewOutcomes_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CarePlans_AdvocateOrganisationId",
                table: "CarePlans",
                column: "AdvocateOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CarePlans_NextReviewDue",
                table: "CarePlans",
                column: "NextReviewDue");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_PersonId",
                table: "Complaints",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_PlanId",
                table: "Complaints",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Status_ReceivedAt",
                table: "Complaints",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ResolutionMeetingRequests_PersonId",
                table: "ResolutionMeetingRequests",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ResolutionMeetingRequests_PlanId_RequestedAt",
                table: "ResolutionMeetingRequests",
                columns: new[] { "PlanId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDisagreements_ReviewId",
                table: "ReviewDisagreements",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewInvitees_ReviewId",
                table: "ReviewInvitees",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewOutcomes_ReviewId",
                table: "ReviewOutcomes",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRequests_PersonId",
                table: "ReviewRequests",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRequests_PlanId_RequestedAt",
                table: "ReviewRequests",
                columns: new[] { "PlanId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRequests_ReviewId",
                table: "ReviewRequests",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_PersonId",
                table: "Reviews",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_PlanId_StartedAt",
                table: "Reviews",
                columns: new[] { "PlanId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SafetyConcerns_PersonId",
                table: "SafetyConcerns",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyConcerns_PlanId",
                table: "SafetyConcerns",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyConcerns_Status_RaisedAt",
                table: "SafetyConcerns",
                columns: new[] { "Status", "RaisedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "ResolutionMeetingRequests");

            migrationBuilder.DropTable(
                name: "ReviewDisagreements");

            migrationBuilder.DropTable(
                name: "ReviewInvitees");

            migrationBuilder.DropTable(
                name: "ReviewOutcomes");

            migrationBuilder.DropTable(
                name: "ReviewRequests");

            migrationBuilder.DropTable(
                name: "SafetyConcerns");

            migrationBuilder.DropTable(
                name: "Reviews");

            migrationBuilder.DropIndex(
                name: "IX_CarePlans_AdvocateOrganisationId",
                table: "CarePlans");

            migrationBuilder.DropIndex(
                name: "IX_CarePlans_NextReviewDue",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "AdvocacyAppropriatePersonAvailable",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "AdvocacyAppropriatePersonName",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "AdvocacyCreatedAt",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "AdvocacyNeedRecordedAt",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "AdvocacyNeedRecordedByName",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "AdvocacyReferralReason",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "AdvocacyReferredAt",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "AdvocacyReferredByName",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "AdvocacySignificantDifficulty",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "AdvocateAssignedAt",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "AdvocateName",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "AdvocateOrganisationId",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "DirectPaymentReviewDue",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "DirectPaymentStartedOn",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "FirstReviewCompletedOn",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "LastReviewCompletedOn",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "OpenReviewId",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "PanelReferralDecidedAt",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "PanelReferralReason",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "PanelReferralVersionNumber",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "PanelReferredAt",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "PanelReferredByName",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "PanelReferredByRole",
                table: "CarePlans");

            migrationBuilder.DropColumn(
                name: "PanelReferredBySubject",
                table: "CarePlans");
        }
    }
}
