using CarePlanGraph.Api.Changes;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Risks;
using GraphQL.Types;

namespace CarePlanGraph.Api.Risks;

/// <summary>The Risk Management Panel (R12, R23): referring a plan with significant risks, and the panel's decision.</summary>
public static class RiskPanelMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<CarePlan>(
                "referToRiskPanel",
                "Asks the Risk Management Panel to consider a plan whose assessment identifies significant risks (R23): the person (or their advocate) or the council may. "
                + "A significant risk without a favourable panel decision blocks agreement (R12). Refused while a referral is waiting for the panel.")
            .Input("The plan and why.", input =>
            {
                ChangeInputFields.PlanId(input);
                input.Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the panel should consider it. Required, at most 4,000 characters.");
            })
            .Payload("The plan referred.", payload =>
            {
                payload.Field<CarePlanType>("plan").Description("The plan after the change; null when the mutation was refused.").Resolve(c => c.Source.Value);
                payload.Field<RiskPanelReferralType>("riskPanelReferral").Description("The referral, pending. Null when the mutation was refused.").Resolve(c => c.Source.Value?.RiskPanelReferral);
            })
            .Errors([typeof(PlanNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidTransitionError), typeof(NoSignificantRisksError), typeof(RiskPanelReferralPendingError), .. PlanErrorTypes.Text, typeof(EditConflictError)])
            .Resolve<ReferToRiskPanelInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.ReferToRiskPanel, null, async (change, token) =>
            {
                var assessment = await change.AssessmentAsync(token).ConfigureAwait(false);
                return change.Plan.ReferToRiskPanel(assessment, input.Reason, change.Actor, change.Now).Map(() => change.Plan);
            }, cancellationToken));

        mutation.Mutation<CarePlan>(
                "recordPanelDecision",
                "A member of the Risk Management Panel records the panel's decision on the plan's significant risks (R12, R23): they can be managed safely, managed safely on conditions, or cannot be. "
                + "The panel decides only on a pending referral (`referToRiskPanel`), and sees only plans that have been referred to it; the decision closes the referral and replaces the last decision. "
                + "A favourable decision satisfies RISKS_CONSIDERED for significant risks; CANNOT_BE_MANAGED_SAFELY blocks agreement until the plan is referred again and the panel decides again.")
            .Input("The panel's decision.", input =>
            {
                ChangeInputFields.PlanId(input);
                input.Field<NonNullGraphType<RiskPanelOutcomeType>>("outcome").Description("What the panel decided.");
                input.Field<NonNullGraphType<StringGraphType>>("rationale").Description("The panel's reasons. Required, at most 4,000 characters.");
                input.Field<StringGraphType>("conditions").Description("The conditions; required when `outcome` is MANAGED_WITH_CONDITIONS. At most 4,000 characters.");
            })
            .Payload("The plan with the panel's decision.", payload =>
            {
                payload.Field<CarePlanType>("plan").Description("The plan after the change; null when the mutation was refused.").Resolve(c => c.Source.Value);
                payload.Field<RiskPanelDecisionType>("riskPanelDecision").Description("The decision recorded. Null when the mutation was refused.").Resolve(c => c.Source.Value?.RiskPanelDecision);
            })
            .Errors([typeof(PlanNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidTransitionError), typeof(RiskPanelReferralMissingError), .. PlanErrorTypes.Text, typeof(EditConflictError)])
            .Resolve<RecordPanelDecisionInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.RecordPanelDecision, null, change =>
                change.Plan.RecordRiskPanelDecision(input.Outcome, input.Rationale, input.Conditions, change.Actor, change.Now).Map(() => change.Plan),
                cancellationToken));
    }
}

public sealed record ReferToRiskPanelInput(Id<CarePlan> PlanId, string Reason);

public sealed record RecordPanelDecisionInput(Id<CarePlan> PlanId, RiskPanelOutcome Outcome, string Rationale, string? Conditions);
