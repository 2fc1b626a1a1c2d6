using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePlanGraph.Api.Persistence.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handle = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Username = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffMembers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PreferredName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    KeyWorkerId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IndicativeBudget = table.Column<long>(type: "INTEGER", nullable: false),
                    AssessedContribution = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IndicativeBudget = table.Column<long>(type: "INTEGER", nullable: false),
                    AssessedContribution = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonalBudget = table.Column<long>(type: "INTEGER", nullable: true),
                    SupportInPlaceOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextReviewDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PanelOutcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PanelConditions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PanelRationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PanelVersionNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    PanelDecidedBySubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PanelDecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PanelDecidedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    IsSignificant = table.Column<bool>(type: "INTEGER", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: true)
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
                name: "PlanEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ToStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActorSubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActorRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PreparedBy = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AgreedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EditRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorSubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LastEditedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BestInterestsBySubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BestInterestsByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BestInterestsByRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    BestInterestsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BestInterestsStatement = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OwnDecisionsBySubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OwnDecisionsByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OwnDecisionsByRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OwnDecisionsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OwnDecisionsStatement = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ContributorSubjects = table.Column<string>(type: "TEXT", nullable: false),
                    ManagingSupport = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    SpendingTheBudget = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    StayingInControl = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    SupportAndOutcomes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    WhatIsImportant = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    WhatIsWorking = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    WhatToChange = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true)
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
                name: "PlanDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedBySubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecidedByRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    VersionRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IsLawfulAndSensible = table.Column<bool>(type: "INTEGER", nullable: false),
                    KeepsPersonHealthySafeAndWell = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsResponsiblyManaged = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReviewAssessmentRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    AdviceOffered = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PlanVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequiredChanges = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PlanVersionId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RiskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Mitigation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedBySubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PlanVersionId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UnitCost = table.Column<long>(type: "INTEGER", nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Arrangement = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProviderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PayeeRelationship = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PayeeLivesWithPerson = table.Column<bool>(type: "INTEGER", nullable: false),
                    NecessityRecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NecessityRecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NecessityReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NecessityRecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PlanVersionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NeedsMet = table.Column<string>(type: "TEXT", nullable: false),
                    OutcomesMet = table.Column<string>(type: "TEXT", nullable: false)
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
                name: "IX_CarePlans_AssessmentId",
                table: "CarePlans",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CarePlans_PersonId",
                table: "CarePlans",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CarePlans_Status",
                table: "CarePlans",
                column: "Status");

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
                name: "IX_RiskMitigations_PlanVersionId",
                table: "RiskMitigations",
                column: "PlanVersionId");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

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
                name: "RiskMitigations");

            migrationBuilder.DropTable(
                name: "SupportItems");

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
        }
    }
}
