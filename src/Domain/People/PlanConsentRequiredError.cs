using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.People;

/// <summary>R33: a carer is only recorded with the person's consent to see at least their agreed plan.</summary>
[Description("R33: a carer is recorded with the person's consent to see their agreed plan (`PLAN`); every other consent builds on it. Include `PLAN` in `consents`.")]
public sealed record PlanConsentRequiredError()
    : DomainError("PLAN_CONSENT_REQUIRED", "A carer can only be recorded once the person agrees they may see their plan. Include the plan in what the person consents to.");
