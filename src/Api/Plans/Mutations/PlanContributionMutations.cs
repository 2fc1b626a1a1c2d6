using CarePlanGraph.Api.Changes;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Risks;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Mutations;

/// <summary>Who helped (R06, R13), how risks are managed (R12), and the R13 confirmations.</summary>
public static class PlanContributionMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<PlanChange>(
                "addPlanHelper",
                "Records someone who helped write the plan's current version (R06, R13): family or a friend, a provider, an independent support planner, the Key Worker, an advocate, "
                + "or someone completing it on the person's behalf. Recording a helper means the person must confirm that the decisions are their own before agreement.")
            .Input("The helper to record.", input =>
            {
                ChangeInputFields.PlanTarget(input);
                input.Field<NonNullGraphType<HelperKindType>>("kind").Description("What kind of helper.");
                input.Field<NonNullGraphType<StringGraphType>>("name").Description("The helper's name, as the person knows them. Required, at most 200 characters.");
                input.Field<IdGraphType>("organisationId").Description("The organisation they help from (`Organisation.id`); required for INDEPENDENT_SUPPORT_PLANNER.");
            })
            .Payload("The plan with the helper recorded.", payload =>
            {
                PlanMutationFields.PlanAndVersion(payload, "The version the helper was recorded on.");
                payload.Field<PlanHelperType>("helper").Description("The helper recorded.").Resolve(c => c.Source.Value?.Helper);
            })
            .Errors([.. PlanErrorTypes.Editing, .. PlanErrorTypes.Text, typeof(HelperOrganisationRequiredError), typeof(UnknownOrganisationError), typeof(ActorNotPermittedError)])
            .Resolve<AddPlanHelperInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.Edit, input.ExpectedRevision, async (change, token) =>
            {
                if (input.OrganisationId is { } known && await change.OrganisationAsync(known, token).ConfigureAwait(false) is null)
                {
                    return Result<PlanChange>.Fail(change.NotEditable() ?? new UnknownOrganisationError(known));
                }

                var plan = change.Plan;
                var details = new PlanHelperDetails(input.Kind, input.Name, input.OrganisationId);
                return plan.AddHelper(details, change.Actor, change.Now, change.ExpectedRevision)
                    .Map(helper => new PlanChange(plan) { Version = plan.CurrentVersion, Helper = helper });
            }, cancellationToken));

        mutation.Mutation<PlanChange>(
                "removePlanHelper",
                "Removes a helper recorded on the plan's current version.")
            .Input("The helper to remove.", input =>
            {
                ChangeInputFields.PlanTarget(input);
                input.Field<NonNullGraphType<IdGraphType>>("helperId").Description("The helper's ID (`PlanHelper.id` on the current version).");
            })
            .Payload("The plan with the helper removed.", payload =>
            {
                PlanMutationFields.PlanAndVersion(payload, "The version the helper was removed from.");
                payload.Field<IdGraphType>("removedHelperId").Description("The ID of the helper removed.").Resolve(c => c.Source.Value?.RemovedId);
            })
            .Errors([.. PlanErrorTypes.Editing, typeof(HelperNotFoundError)])
            .Resolve<RemovePlanHelperInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.Edit, input.ExpectedRevision, change =>
            {
                var plan = change.Plan;
                return plan.RemoveHelper(input.HelperId, change.Actor, change.Now, change.ExpectedRevision)
                    .Map(() => new PlanChange(plan) { Version = plan.CurrentVersion, RemovedId = NodeId.Encode(PlanHelperType.TypeName, input.HelperId.Value) });
            }, cancellationToken));

        mutation.Mutation<PlanChange>(
                "recordRiskMitigation",
                "Records, or replaces, how the plan's current version manages one of the risks identified in its assessment (R12). Every risk needs one before agreement; "
                + "a significant risk also needs a Risk Management Panel decision.")
            .Input("The risk and how it will be managed.", input =>
            {
                ChangeInputFields.PlanTarget(input);
                input.Field<NonNullGraphType<IdGraphType>>("riskId").Description("The risk's ID (`CarePlan.assessment.risks`).");
                input.Field<NonNullGraphType<StringGraphType>>("mitigation").Description("What will be done to manage the risk, and how the person is aware of any implications. Required, at most 4,000 characters.");
            })
            .Payload("The plan with the mitigation recorded.", payload =>
            {
                PlanMutationFields.PlanAndVersion(payload, "The version the mitigation was recorded on.");
                payload.Field<RiskMitigationType>("riskMitigation").Description("The mitigation recorded.").Resolve(c => c.Source.Value?.RiskMitigation);
            })
            .Errors([.. PlanErrorTypes.Editing, .. PlanErrorTypes.Text, typeof(UnknownRiskError)])
            .Resolve<RecordRiskMitigationInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.Edit, input.ExpectedRevision, async (change, token) =>
            {
                var assessment = await change.AssessmentAsync(token).ConfigureAwait(false);
                var plan = change.Plan;
                return plan.RecordRiskMitigation(assessment, input.RiskId, input.Mitigation, change.Actor, change.Now, change.ExpectedRevision)
                    .Map(mitigation => new PlanChange(plan) { Version = plan.CurrentVersion, RiskMitigation = mitigation });
            }, cancellationToken));

        mutation.Mutation<PlanChange>(
                "confirmBestInterests",
                "R13: the council records that whoever completed the plan for the person acted in their best interests: a Key Worker or administrator who did not write or change this version. "
                + "Anyone else (the person, a support planner, a provider, family) is refused with `ActorNotPermittedError`. "
                + "It covers the content as it is now: any later edit withdraws it.")
            .Input("The confirmation.", input =>
            {
                ChangeInputFields.PlanTarget(input);
                input.Field<NonNullGraphType<StringGraphType>>("statement").Description("The confirmation in your words, e.g. how the person's wishes were found out. Required, at most 2,000 characters.");
            })
            .Payload("The plan with the confirmation recorded.", payload => PlanMutationFields.PlanAndVersion(payload, "The version confirmed."))
            .Errors([.. PlanErrorTypes.Editing, .. PlanErrorTypes.Text, typeof(ActorNotPermittedError)])
            .Resolve<ConfirmBestInterestsInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.Edit, input.ExpectedRevision, change =>
            {
                var plan = change.Plan;
                return plan.ConfirmBestInterests(input.Statement, change.Actor, change.Now, change.ExpectedRevision).Map(() => new PlanChange(plan) { Version = plan.CurrentVersion });
            }, cancellationToken));

        mutation.Mutation<PlanChange>(
                "confirmOwnDecisions",
                "R13: the person confirms that the decisions in their plan are their own. Only the person may; it covers the content as it is now, and any later edit withdraws it.")
            .Input("The plan to confirm.", ChangeInputFields.PlanTarget)
            .Payload("The plan with the confirmation recorded.", payload => PlanMutationFields.PlanAndVersion(payload, "The version confirmed."))
            .Errors([.. PlanErrorTypes.Editing, typeof(ActorNotPermittedError)])
            .Resolve<PlanTargetInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.Edit, input.ExpectedRevision, change =>
            {
                var plan = change.Plan;
                return plan.ConfirmOwnDecisions(change.Actor, change.Now, change.ExpectedRevision).Map(() => new PlanChange(plan) { Version = plan.CurrentVersion });
            }, cancellationToken));
    }
}
