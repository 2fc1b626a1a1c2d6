using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Plans.Mutations;

// Each plan mutation's input, bound once (InputBinder): field names are the parameters' names, camelCased.
public sealed record StartPlanInput(Id<Assessment> AssessmentId, PlanPreparer PreparedBy);

public sealed record UpdatePlanAnswersInput(Id<CarePlan> PlanId, int? ExpectedRevision, PlanAnswersChange Answers, PlanPreparer? PreparedBy);

/// <summary>The answers sent: a question left out keeps its answer; one sent as null or blank is cleared.</summary>
public sealed record PlanAnswersChange(
    Optional<string?> WhatIsImportant,
    Optional<string?> WhatIsWorking,
    Optional<string?> WhatToChange,
    Optional<string?> SupportAndOutcomes,
    Optional<string?> ManagingSupport,
    Optional<string?> SpendingTheBudget,
    Optional<string?> StayingInControl)
{
    /// <summary>The answers after applying these to <paramref name="current"/>: sent fields replace, blanks clear.</summary>
    public PlanAnswers ApplyTo(PlanAnswers current)
    {
        ArgumentNullException.ThrowIfNull(current);
        static string? Answer(Optional<string?> sent, string? existing) => sent.IsSet ? FreeText.TrimToNull(sent.Value) : existing;
        return new PlanAnswers(
            Answer(WhatIsImportant, current.WhatIsImportant),
            Answer(WhatIsWorking, current.WhatIsWorking),
            Answer(WhatToChange, current.WhatToChange),
            Answer(SupportAndOutcomes, current.SupportAndOutcomes),
            Answer(ManagingSupport, current.ManagingSupport),
            Answer(SpendingTheBudget, current.SpendingTheBudget),
            Answer(StayingInControl, current.StayingInControl));
    }
}

/// <summary>The plan a mutation changes, and the revision the caller based the change on.</summary>
public sealed record PlanTargetInput(Id<CarePlan> PlanId, int? ExpectedRevision);

public sealed record AgreePlanInput(
    Id<CarePlan> PlanId,
    int? ExpectedRevision,
    bool IsLawfulAndSensible,
    bool KeepsPersonHealthySafeAndWell,
    bool IsResponsiblyManaged,
    string Rationale,
    string AdviceOffered);

public sealed record DeclinePlanInput(
    Id<CarePlan> PlanId,
    int? ExpectedRevision,
    string Reasons,
    IReadOnlyList<string> RequiredChanges,
    string AdviceOffered,
    bool? ReviewAssessmentRequested);

public sealed record AddPlanHelperInput(Id<CarePlan> PlanId, int? ExpectedRevision, HelperKind Kind, string Name, Id<Organisation>? OrganisationId);

public sealed record RemovePlanHelperInput(Id<CarePlan> PlanId, int? ExpectedRevision, Id<PlanHelper> HelperId);

public sealed record RecordRiskMitigationInput(Id<CarePlan> PlanId, int? ExpectedRevision, Id<IdentifiedRisk> RiskId, string Mitigation);

public sealed record ConfirmBestInterestsInput(Id<CarePlan> PlanId, int? ExpectedRevision, string Statement);

public sealed record StartRevisionInput(Id<CarePlan> PlanId, PlanPreparer? PreparedBy, string? Reason);

public sealed record WithdrawRevisionInput(Id<CarePlan> PlanId, int? ExpectedRevision, string? Reason);

public sealed record MarkSupportInPlaceInput(Id<CarePlan> PlanId, DateOnly InPlaceOn, DateOnly? FirstReviewDue);

public sealed record AddSupportItemInput(Id<CarePlan> PlanId, int? ExpectedRevision, SupportItemChange Item);

public sealed record UpdateSupportItemInput(Id<CarePlan> PlanId, int? ExpectedRevision, Id<SupportItem> SupportItemId, SupportItemChange Changes);

public sealed record RemoveSupportItemInput(Id<CarePlan> PlanId, int? ExpectedRevision, Id<SupportItem> SupportItemId);

public sealed record RecordDirectPaymentNecessityInput(Id<CarePlan> PlanId, int? ExpectedRevision, Id<SupportItem> SupportItemId, string Reason);
