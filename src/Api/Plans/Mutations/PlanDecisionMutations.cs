using CarePlanGraph.Api.Changes;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Mutations;

/// <summary>Sending a plan for agreement, and the council's decision on it (R08–R17).</summary>
public static class PlanDecisionMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<PlanChange>(
                "submitPlan",
                "Sends the plan's current version (a DRAFT, or CHANGES_REQUIRED after a decline) to the council for agreement. It is frozen until the council decides. "
                + "Submitting does not run the agreement checks; look at `PlanVersion.agreementChecks` first so nothing fails only at agreement.")
            .Input("The plan to submit.", ChangeInputFields.PlanTarget)
            .Payload("The plan submitted.", payload => PlanMutationFields.PlanAndVersion(payload, "The version submitted."))
            .Errors([.. PlanErrorTypes.Targeting, typeof(InvalidTransitionError)])
            .Resolve<PlanTargetInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.Submit, input.ExpectedRevision, change =>
            {
                var plan = change.Plan;
                return plan.Submit(change.Actor, change.Now, change.ExpectedRevision).Map(() => new PlanChange(plan) { Version = plan.CurrentVersion });
            }, cancellationToken));

        mutation.Mutation<PlanChange>(
                "agreePlan",
                "Agrees the submitted version (R08–R16). Refused unless every automatic check passes; the refusal lists every failure as a typed error (e.g. `OverBudgetError` and `UnmetNeedError` together). "
                + "The assessing officer (a Key Worker or administrator who did not write or change this version) attests to the three judgements no rule can make, with a rationale, and records the advice offered. "
                + "On success the version is frozen and becomes `agreedVersion`, the personal budget is set, any version it replaces is superseded, and the person's copy is ready. "
                + "A first plan (or a revision of one whose support is not yet in place) becomes AGREED; a revision of a plan whose support is in place leaves it ACTIVE (or UNDER_REVIEW while a review is open), with its review schedule, and the new version is in force from today (`inForceFrom`).")
            .Input("The officer's attestations, rationale and advice (R15, R16).", input =>
            {
                ChangeInputFields.PlanTarget(input);
                input.Field<NonNullGraphType<BooleanGraphType>>("isLawfulAndSensible").Description("R15: the plan is lawful and uses money sensibly. Must be true to agree.");
                input.Field<NonNullGraphType<BooleanGraphType>>("keepsPersonHealthySafeAndWell").Description("R15: the plan keeps the person healthy, safe and well. Must be true to agree.");
                input.Field<NonNullGraphType<BooleanGraphType>>("isResponsiblyManaged").Description("R15: the plan is being responsibly managed. Must be true to agree.");
                input.Field<NonNullGraphType<StringGraphType>>("rationale").Description("R15: why you agree it, recorded with your name and the time. Required, at most 4,000 characters.");
                input.Field<NonNullGraphType<StringGraphType>>("adviceOffered").Description("R16: the advice and information offered to prevent or delay needs. Required, at most 4,000 characters.");
            })
            .Payload("The plan agreed.", payload =>
            {
                PlanMutationFields.PlanAndVersion(payload, "The version agreed: now the plan's `agreedVersion`.");
                payload.Field<PersonsCopyType>("personsCopy").Description("R16: the copy the person receives, setting out exactly how the budget will be spent.").Resolve(c => c.Source.Value?.PersonsCopy);
            })
            .Errors(
            [
                .. PlanErrorTypes.Targeting,
                typeof(NotAssessingOfficerError),
                typeof(InvalidTransitionError),
                typeof(OfficerIsAuthorError),
                typeof(AttestationNotGivenError),
                .. PlanErrorTypes.Text,
                .. PlanErrorTypes.AgreementChecks,
            ])
            .Resolve<AgreePlanInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.Decide, input.ExpectedRevision, async (change, token) =>
            {
                var plan = change.Plan;
                var assessment = await change.AssessmentAsync(token).ConfigureAwait(false);
                var attestation = new AgreementAttestation(
                    input.IsLawfulAndSensible,
                    input.KeepsPersonHealthySafeAndWell,
                    input.IsResponsiblyManaged,
                    input.Rationale,
                    input.AdviceOffered);
                return plan.Agree(assessment, attestation, change.Actor, change.Now, change.ExpectedRevision).Map(() => new PlanChange(plan)
                {
                    Version = plan.AgreedVersion,
                    PersonsCopy = plan.PersonsCopy(assessment).Value is { } copy ? new PersonsCopyView(plan, copy) : null,
                });
            }, cancellationToken));

        mutation.Mutation<PlanChange>(
                "declinePlan",
                "Does not agree the submitted version (R17): records the reasons, what must change (or that the assessment should be reviewed because the plan was unclear) and the advice offered (R16), "
                + "sends the version back as CHANGES_REQUIRED for editing and resubmission, and tells the person at once. A declined revision leaves the agreed version and budget in force (R18).")
            .Input("The officer's reasons, required changes and advice.", input =>
            {
                ChangeInputFields.PlanTarget(input);
                input.Field<NonNullGraphType<StringGraphType>>("reasons").Description("Why the plan is not agreed, in words the person can act on. Required, at most 4,000 characters.");
                input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("requiredChanges").Description("What must change before it can be agreed, one change per entry (at most 50, each at most 1,000 characters). At least one, unless `reviewAssessmentRequested`.");
                input.Field<NonNullGraphType<StringGraphType>>("adviceOffered").Description("R16: the advice and information offered to prevent or delay needs. Required, at most 4,000 characters.");
                input.Field<BooleanGraphType>("reviewAssessmentRequested").Description("True when the plan was unclear and you ask for the assessment to be reviewed instead of (or as well as) listing changes. Defaults to false.");
            })
            .Payload("The plan sent back for changes.", payload => PlanMutationFields.PlanAndVersion(payload, "The version declined: now CHANGES_REQUIRED, with the decision in `latestDecision`."))
            .Errors([.. PlanErrorTypes.Targeting, typeof(NotAssessingOfficerError), typeof(InvalidTransitionError), .. PlanErrorTypes.Text])
            .Resolve<DeclinePlanInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.Decide, input.ExpectedRevision, change =>
            {
                var plan = change.Plan;
                var details = new DeclineDetails(input.Reasons, input.RequiredChanges, input.AdviceOffered, input.ReviewAssessmentRequested ?? false);
                var version = plan.CurrentVersion;
                return plan.Decline(details, change.Actor, change.Now, change.ExpectedRevision).Map(() => new PlanChange(plan) { Version = version });
            }, cancellationToken));
    }
}
