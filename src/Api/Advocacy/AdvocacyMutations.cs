using CarePlanGraph.Api.Changes;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Organisations;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Advocacy;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Advocacy;

/// <summary>Independent advocacy (R22): the Key Worker records the need, refers the person and assigns an advocate.</summary>
public static class AdvocacyMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<CarePlan>(
                "recordAdvocacyNeed",
                "The Key Worker (or an administrator) records whether the person has significant difficulty expressing their views, and whether someone appropriate can speak for them (R22, Care Act s.67). "
                + "When they have that difficulty and no one can, an independent advocate must be referred and assigned before a review is completed or the plan agreed.")
            .Input("What the Key Worker found.", input =>
            {
                ChangeInputFields.PlanId(input);
                input.Field<NonNullGraphType<BooleanGraphType>>("hasSignificantDifficulty").Description("The person has significant difficulty understanding, retaining or weighing information, or expressing their views.");
                input.Field<NonNullGraphType<BooleanGraphType>>("appropriatePersonAvailable").Description("Someone appropriate (not paid to care for them) can support and speak for them.");
                input.Field<StringGraphType>("appropriatePersonName").Description("Who, when there is someone: required then, at most 200 characters.");
            })
            .Payload("The plan's advocacy record.", Fields)
            .Errors([typeof(PlanNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidTransitionError), .. PlanErrorTypes.Text, typeof(EditConflictError)])
            .Resolve<RecordAdvocacyNeedInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.RecordAdvocacy, null, change =>
                change.Plan.RecordAdvocacyNeed(input.HasSignificantDifficulty, input.AppropriatePersonAvailable, input.AppropriatePersonName, change.Actor, change.Now).Map(() => change.Plan),
                cancellationToken));

        mutation.Mutation<CarePlan>(
                "requestAdvocate",
                "The person, or someone acting for them, asks for an independent advocate to support them [A] (for example to challenge a decision), with the reason. "
                + "The request waits on the plan's advocacy record (`advocacy.request`, seen by the person and the council, never by providers or planners) until the Key Worker refers them with `referToAdvocate`, which fulfils it. "
                + "Refused while a request is waiting, and when an advocate is already assigned or being assigned after a referral.")
            .Input("The plan, and why you want an advocate.", input =>
            {
                ChangeInputFields.PlanId(input);
                input.Field<NonNullGraphType<StringGraphType>>("reason").Description("Why you want an advocate, in your words. Required, at most 2,000 characters.");
            })
            .Payload("The plan's advocacy record, with the request.", Fields)
            .Errors([typeof(PlanNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidTransitionError), typeof(AdvocateRequestPendingError), typeof(AdvocateAlreadyArrangedError), .. PlanErrorTypes.Text, typeof(EditConflictError)])
            .Resolve<RequestAdvocateInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.RequestAdvocate, null, change =>
                change.Plan.RequestAdvocate(input.Reason, change.Actor, change.Now).Map(() => change.Plan),
                cancellationToken));

        mutation.Mutation<CarePlan>(
                "referToAdvocate",
                "The Key Worker (or an administrator) refers the person to an independent advocate (R22), with the reason, and may assign one from an advocacy organisation at once. "
                + "An assigned advocate's organisation sees the person's plan and reviews, and may sign a review on the person's behalf. A person may also be referred for help to challenge a decision. "
                + "It fulfils the person's waiting request for an advocate (`advocacy.request`), if there is one.")
            .Input("Why, and optionally the advocate.", input =>
            {
                ChangeInputFields.PlanId(input);
                input.Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the person needs an advocate. Required, at most 2,000 characters.");
                input.Field<IdGraphType>("advocateOrganisationId").Description("The advocacy organisation to assign now (`Organisation.id`, kind ADVOCACY). Leave out to assign later with `assignAdvocate`.");
                input.Field<StringGraphType>("advocateName").Description("The advocate's name; left out, the organisation's name. At most 200 characters.");
            })
            .Payload("The plan's advocacy record.", Fields)
            .Errors(AssignmentErrors)
            .Resolve<ReferToAdvocateInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.RecordAdvocacy, null, async (change, token) =>
            {
                Organisation? advocate = null;
                if (input.AdvocateOrganisationId is { } id)
                {
                    advocate = await change.OrganisationAsync(id, token).ConfigureAwait(false);
                    if (advocate is null)
                    {
                        return Result<CarePlan>.Fail(new OrganisationNotFoundError(id));
                    }
                }

                return change.Plan.ReferToAdvocate(input.Reason, advocate, input.AdvocateName, change.Actor, change.Now).Map(() => change.Plan);
            }, cancellationToken));

        mutation.Mutation<CarePlan>(
                "assignAdvocate",
                "The Key Worker (or an administrator) records the independent advocate assigned after a referral (R22); it replaces any assigned before, who then no longer sees the plan.")
            .Input("The advocate.", input =>
            {
                ChangeInputFields.PlanId(input);
                input.Field<NonNullGraphType<IdGraphType>>("advocateOrganisationId").Description("The advocacy organisation (`Organisation.id`, kind ADVOCACY).");
                input.Field<StringGraphType>("advocateName").Description("The advocate's name; left out, the organisation's name. At most 200 characters.");
            })
            .Payload("The plan's advocacy record.", Fields)
            .Errors(AssignmentErrors)
            .Resolve<AssignAdvocateInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.RecordAdvocacy, null, async (change, token) =>
                await change.OrganisationAsync(input.AdvocateOrganisationId, token).ConfigureAwait(false) is { } advocate
                    ? change.Plan.AssignAdvocate(advocate, input.AdvocateName, change.Actor, change.Now).Map(() => change.Plan)
                    : Result<CarePlan>.Fail(new OrganisationNotFoundError(input.AdvocateOrganisationId)),
                cancellationToken));
    }

    private static Type[] AssignmentErrors =>
    [
        typeof(PlanNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidTransitionError), typeof(OrganisationNotFoundError),
        typeof(NotAnAdvocacyOrganisationError), typeof(AdvocacyReferralMissingError), .. PlanErrorTypes.Text, typeof(EditConflictError),
    ];

    private static void Fields(ObjectGraphType<MutationPayload<CarePlan>> payload)
    {
        payload.Field<CarePlanType>("plan").Description("The plan after the change; null when the mutation was refused.").Resolve(c => c.Source.Value);
        payload.Field<AdvocacyRecordType>("advocacy").Description("The plan's advocacy record after the change; null when the mutation was refused.").Resolve(c => c.Source.Value?.Advocacy);
    }
}

public sealed record RecordAdvocacyNeedInput(Id<CarePlan> PlanId, bool HasSignificantDifficulty, bool AppropriatePersonAvailable, string? AppropriatePersonName);

public sealed record ReferToAdvocateInput(Id<CarePlan> PlanId, string Reason, Id<Organisation>? AdvocateOrganisationId, string? AdvocateName);

public sealed record AssignAdvocateInput(Id<CarePlan> PlanId, Id<Organisation> AdvocateOrganisationId, string? AdvocateName);

public sealed record RequestAdvocateInput(Id<CarePlan> PlanId, string Reason);
