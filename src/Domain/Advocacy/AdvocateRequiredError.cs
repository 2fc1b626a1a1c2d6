using System.ComponentModel;
using CarePlanGraph.Domain.Agreement;

namespace CarePlanGraph.Domain.Advocacy;

/// <summary>
/// R13, R22 [CA s.67]: the person has significant difficulty expressing their views and no one appropriate can speak
/// for them, and no independent advocate is assigned. It fails the OWN_DECISIONS check: without an advocate, the
/// decisions in the plan cannot be shown to be the person's own.
/// </summary>
[Description("R13, R22 (Care Act s.67): the person has significant difficulty expressing their views and no one appropriate can speak for them, and no independent advocate is assigned, so the decisions in the plan cannot be shown to be their own (the OWN_DECISIONS check). The Key Worker refers them with `referToAdvocate` and assigns one.")]
public sealed record AdvocateRequiredError(
    [property: Description("True when the person has been referred but no advocate is assigned yet.")] bool Referred)
    : AgreementCheckError(AgreementCheck.OwnDecisions, "ADVOCATE_REQUIRED", Referred
        ? "The person needs an independent advocate to speak for them; they have been referred, but no advocate is assigned yet."
        : "The person needs an independent advocate to speak for them: the Key Worker refers them, and one is assigned, before the plan can be agreed.");
