using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePlanGraph.Api.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Operation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Handle = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Username = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffMembers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    PreferredName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    KeyWorkerId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                    table.ForeignKey(
                        name: "FK_People_StaffMembers_KeyWorkerId",
                        column: x => x.KeyWorkerId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IndicativeBudget = table.Column<long>(type: "bigint", nullable: false),
                    AssessedContribution = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assessments_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CarePlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AdvocacyCreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AdvocacySignificantDifficulty = table.Column<bool>(type: "boolean", nullable: true),
                    AdvocacyAppropriatePersonAvailable = table.Column<bool>(type: "boolean", nullable: true),
                    AdvocacyAppropriatePersonName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    AdvocacyNeedRecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    AdvocacyNeedRecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AdvocacyReferralReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    AdvocacyReferredByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    AdvocacyReferredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AdvocateOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    AdvocateName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    AdvocateAssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IndicativeBudget = table.Column<long>(type: "bigint", nullable: false),
                    AssessedContribution = table.Column<long>(type: "bigint", nullable: false),
                    PersonalBudget = table.Column<long>(type: "bigint", nullable: true),
                    SupportInPlaceOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NextReviewDue = table.Column<DateOnly>(type: "date", nullable: true),
                    PanelOutcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PanelConditions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    PanelRationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    PanelVersionNumber = table.Column<int>(type: "integer", nullable: true),
                    PanelDecidedBySubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    PanelDecidedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    PanelDecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OpenReviewId = table.Column<Guid>(type: "uuid", nullable: true),
                    FirstReviewCompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastReviewCompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DirectPaymentStartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DirectPaymentReviewDue = table.Column<DateOnly>(type: "date", nullable: true),
                    PanelReferralReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    PanelReferralVersionNumber = table.Column<int>(type: "integer", nullable: true),
                    PanelReferredBySubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    PanelReferredByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    PanelReferredByRole = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PanelReferredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PanelReferralDecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarePlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CarePlans_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CarePlans_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DesiredOutcomes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DesiredOutcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DesiredOutcomes_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EligibleNeeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Area = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EligibleNeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EligibleNeeds_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IdentifiedRisks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    IsSignificant = table.Column<bool>(type: "boolean", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdentifiedRisks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IdentifiedRisks_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Complaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    About = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Details = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "C"),
                    MatterOccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    MadeBySubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    MadeByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    MadeByRole = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AcknowledgementDue = table.Column<DateOnly>(type: "date", nullable: false),
                    IsOutsideTimeLimit = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AcknowledgedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    AcknowledgementMessage = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    Conclusions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    OmbudsmanAdvice = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true, collation: "C"),
                    RespondedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RespondedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    ClosingNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    EditRevision = table.Column<int>(type: "integer", nullable: false),
                    Actions = table.Column<List<string>>(type: "text[]", nullable: false)
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
                name: "PlanEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ToStatus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ActorSubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    ActorRole = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanEvents_CarePlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CarePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PreparedBy = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AgreedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EditRevision = table.Column<int>(type: "integer", nullable: false),
                    AuthorSubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    LastEditedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    BestInterestsBySubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    BestInterestsByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    BestInterestsByRole = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    BestInterestsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    BestInterestsStatement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    OwnDecisionsBySubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    OwnDecisionsByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    OwnDecisionsByRole = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OwnDecisionsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OwnDecisionsStatement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    ContributorSubjects = table.Column<List<string>>(type: "text[]", nullable: false),
                    ManagingSupport = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true, collation: "C"),
                    SpendingTheBudget = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true, collation: "C"),
                    StayingInControl = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true, collation: "C"),
                    SupportAndOutcomes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true, collation: "C"),
                    WhatIsImportant = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true, collation: "C"),
                    WhatIsWorking = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true, collation: "C"),
                    WhatToChange = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanVersions_CarePlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CarePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResolutionMeetingRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    WhatToDiscuss = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    RequestedBySubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    RequestedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    RequestedByRole = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MeetingOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Arrangements = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    ArrangedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C")
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Details = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "C"),
                    RequestedBySubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    RequestedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    RequestedByRole = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DecidedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeclineReasons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: true),
                    Grounds = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StartedBySubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    StartedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EditRevision = table.Column<int>(type: "integer", nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    ChangesStartOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OutcomeRecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OutcomeRecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    PersonSignedBySubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    PersonSignedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    PersonSignedByRole = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PersonSignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    KeyWorkerSignedBySubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    KeyWorkerSignedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    KeyWorkerSignedByRole = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    KeyWorkerSignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevisionVersionNumber = table.Column<int>(type: "integer", nullable: true),
                    Changes = table.Column<List<string>>(type: "text[]", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Concern = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "C"),
                    RaisedBySubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    RaisedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    RaisedByRole = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    ClosedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                name: "PlanDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DecidedBySubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    DecidedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    DecidedByRole = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    VersionRevision = table.Column<int>(type: "integer", nullable: false),
                    Rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "C"),
                    IsLawfulAndSensible = table.Column<bool>(type: "boolean", nullable: false),
                    KeepsPersonHealthySafeAndWell = table.Column<bool>(type: "boolean", nullable: false),
                    IsResponsiblyManaged = table.Column<bool>(type: "boolean", nullable: false),
                    ReviewAssessmentRequested = table.Column<bool>(type: "boolean", nullable: false),
                    AdviceOffered = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "C"),
                    PlanVersionId = table.Column<Guid>(type: "uuid", nullable: false),
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
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
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
                    RiskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Mitigation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "C"),
                    RecordedBySubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PlanVersionId = table.Column<Guid>(type: "uuid", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "SupportItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    UnitCost = table.Column<long>(type: "bigint", nullable: false),
                    Frequency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    Arrangement = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProviderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    PayeeRelationship = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PayeeLivesWithPerson = table.Column<bool>(type: "boolean", nullable: false),
                    NecessityRecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    NecessityRecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    NecessityReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    NecessityRecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PlanVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    NeedsMet = table.Column<string>(type: "text", nullable: false),
                    OutcomesMet = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportItems_Organisations_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupportItems_PlanVersions_PlanVersionId",
                        column: x => x.PlanVersionId,
                        principalTable: "PlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewDisagreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "C"),
                    RecordedBySubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    RecordedByRole = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    InvitedBySubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    InvitedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    InvitedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OutcomeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    Attainment = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false)
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
                name: "IX_Assessments_PersonId",
                table: "Assessments",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_PersonId",
                table: "AuditEntries",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CarePlans_AdvocateOrganisationId",
                table: "CarePlans",
                column: "AdvocateOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CarePlans_AssessmentId",
                table: "CarePlans",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CarePlans_NextReviewDue",
                table: "CarePlans",
                column: "NextReviewDue");

            migrationBuilder.CreateIndex(
                name: "IX_CarePlans_PersonId",
                table: "CarePlans",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CarePlans_Status",
                table: "CarePlans",
                column: "Status");

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
                name: "IX_DesiredOutcomes_AssessmentId",
                table: "DesiredOutcomes",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_EligibleNeeds_AssessmentId",
                table: "EligibleNeeds",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_IdentifiedRisks_AssessmentId",
                table: "IdentifiedRisks",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Handle",
                table: "Organisations",
                column: "Handle",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_KeyWorkerId",
                table: "People",
                column: "KeyWorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_People_Reference",
                table: "People",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanDecisions_PlanVersionId",
                table: "PlanDecisions",
                column: "PlanVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanEvents_PlanId_OccurredAt",
                table: "PlanEvents",
                columns: new[] { "PlanId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanHelpers_OrganisationId",
                table: "PlanHelpers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanHelpers_PlanVersionId",
                table: "PlanHelpers",
                column: "PlanVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanVersions_PlanId_Number",
                table: "PlanVersions",
                columns: new[] { "PlanId", "Number" },
                unique: true);

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
                name: "IX_RiskMitigations_PlanVersionId",
                table: "RiskMitigations",
                column: "PlanVersionId");

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

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_Username",
                table: "StaffMembers",
                column: "Username",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupportItems_PlanVersionId",
                table: "SupportItems",
                column: "PlanVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportItems_ProviderId",
                table: "SupportItems",
                column: "ProviderId");

            // Hand-written: the audit log is append-only in the database itself, not only in the application's
            // interceptor (R30). Row triggers refuse UPDATE and DELETE; a statement trigger refuses TRUNCATE.
            migrationBuilder.Sql("""
                CREATE FUNCTION "AuditEntries_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'The audit log is append-only: audit rows are never changed or deleted.'
                        USING ERRCODE = 'integrity_constraint_violation';
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_append_only" BEFORE UPDATE OR DELETE ON "AuditEntries"
                FOR EACH ROW EXECUTE FUNCTION "AuditEntries_refuse_change"();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_no_truncate" BEFORE TRUNCATE ON "AuditEntries"
                FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntries_refuse_change"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "DesiredOutcomes");

            migrationBuilder.DropTable(
                name: "EligibleNeeds");

            migrationBuilder.DropTable(
                name: "IdentifiedRisks");

            migrationBuilder.DropTable(
                name: "PlanDecisions");

            migrationBuilder.DropTable(
                name: "PlanEvents");

            migrationBuilder.DropTable(
                name: "PlanHelpers");

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
                name: "RiskMitigations");

            migrationBuilder.DropTable(
                name: "SafetyConcerns");

            migrationBuilder.DropTable(
                name: "SupportItems");

            migrationBuilder.DropTable(
                name: "Reviews");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropTable(
                name: "PlanVersions");

            migrationBuilder.DropTable(
                name: "CarePlans");

            migrationBuilder.DropTable(
                name: "Assessments");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "StaffMembers");

            migrationBuilder.Sql("""DROP FUNCTION "AuditEntries_refuse_change"();""");
        }
    }
}
