using System.ComponentModel;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Plans.Errors;

/// <summary>
/// The assessment already has a plan that has not ended. One assessment has one plan in progress (R01); changes to
/// an agreed plan are revisions of it (R18), not new plans.
/// </summary>
[Description("R01, R18: the assessment already has a plan that has not ended. Carry on with that plan, or start a revision of it once it is agreed.")]
public sealed record PlanAlreadyStartedError(CarePlan Plan)
    : DomainError("PLAN_ALREADY_STARTED", "A plan has already been started from this assessment. Carry on with that plan, or start a revision of it once it is agreed.");
