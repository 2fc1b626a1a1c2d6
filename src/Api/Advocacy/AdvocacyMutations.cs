using CarePlanGraph.Api.Casework;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Advocacy;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.Plans;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

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
                PlanId(input);
                input.Field<NonNullGraphType<BooleanGraphType>>("hasSignificantDifficulty").Description("The person has significant difficulty understanding, retaining or weighing information, or expressing their views.");
                input.Field<NonNullGraphType<BooleanGraphType>>("appropriatePersonAvailable").Description("Someone appropriate (not paid to care for them) can support and speak for them.");
                input.Field<StringGraphType>("appropriatePersonName").Description("Who, when there is someone: required then, at most 200 characters.");
            })
            .Payload("The plan's advocacy record.", Fields)
            .Errors([typeof(PlanNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidTransitionError), .. PlanErrorTypes.Text, typeof(EditConflictError)])
            .Resolve((context, input) => RunAsync(context, input, (command, _) => Task.FromResult(command.Plan.RecordAdvocacyNeed(
                input.Value<bool>("hasSignificantDifficulty"),
                input.Value<bool>("appropriatePersonAvailable"),
                input.Text("appropriatePersonName"),
                command.Actor,
                command.Now))));

        mutation.Mutation<CarePlan>(
                "referToAdvocate",
                "The Key Worker (or an administrator) refers the person to an independent advocate (R22), with the reason, and may assign one from an advocacy organisation at once. "
                + "An assigned advocate's organisation sees the person's plan and reviews, and may sign a review on the person's behalf. A person may also be referred for help to challenge a decision.")
            .Input("Why, and optionally the advocate.", input =>
            {
                PlanId(input);
                input.Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the person needs an advocate. Required, at most 2,000 characters.");
                input.Field<IdGraphType>("advocateOrganisationId").Description("The advocacy organisation to assign now (`Organisation.id`, kind ADVOCACY). Leave out to assign later with `assignAdvocate`.");
                input.Field<StringGraphType>("advocateName").Description("The advocate's name; left out, the organisation's name. At most 200 characters.");
            })
            .Payload("The plan's advocacy record.", Fields)
            .Errors(AssignmentErrors)
            .Resolve((context, input) => RunAsync(context, input, async (command, cancellationToken) =>
            {
                Organisation? advocate = null;
                if (input.OptionalId("advocateOrganisationId", "Organisation") is { } raw)
                {
                    var id = new Id<Organisation>(raw);
                    advocate = await command.OrganisationAsync(id, cancellationToken).ConfigureAwait(false);
                    if (advocate is null)
                    {
                        return Result.Fail(new OrganisationNotFoundError(id));
                    }
                }

                return command.Plan.ReferToAdvocate(input.Text("reason") ?? string.Empty, advocate, input.Text("advocateName"), command.Actor, command.Now);
            }));

        mutation.Mutation<CarePlan>(
                "assignAdvocate",
                "The Key Worker (or an administrator) records the independent advocate assigned after a referral (R22); it replaces any assigned before, who then no longer sees the plan.")
            .Input("The advocate.", input =>
            {
                PlanId(input);
                input.Field<NonNullGraphType<IdGraphType>>("advocateOrganisationId").Description("The advocacy organisation (`Organisation.id`, kind ADVOCACY).");
                input.Field<StringGraphType>("advocateName").Description("The advocate's name; left out, the organisation's name. At most 200 characters.");
            })
            .Payload("The plan's advocacy record.", Fields)
            .Errors(AssignmentErrors)
            .Resolve((context, input) => RunAsync(context, input, async (command, cancellationToken) =>
            {
                var id = new Id<Organisation>(input.Id("advocateOrganisationId", "Organisation"));
                return await command.OrganisationAsync(id, cancellationToken).ConfigureAwait(false) is { } advocate
                    ? command.Plan.AssignAdvocate(advocate, input.Text("advocateName"), command.Actor, command.Now)
                    : Result.Fail(new OrganisationNotFoundError(id));
            }));
    }

    private static Type[] AssignmentErrors =>
    [
        typeof(PlanNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidTransitionError), typeof(OrganisationNotFoundError),
        typeof(NotAnAdvocacyOrganisationError), typeof(AdvocacyReferralMissingError), .. PlanErrorTypes.Text, typeof(EditConflictError),
    ];

    private static void PlanId(InputObjectGraphType input) =>
        input.Field<NonNullGraphType<IdGraphType>>("planId").Description("The plan's global ID (`CarePlan.id`). A plan you may not see is reported as `PlanNotFoundError`.");

    private static void Fields(ObjectGraphType<MutationPayload<CarePlan>> payload)
    {
        payload.Field<CarePlanType>("plan").Description("The plan after the change; null when the mutation was refused.").Resolve(c => c.Source.Value);
        payload.Field<AdvocacyRecordType>("advocacy").Description("The plan's advocacy record after the change; null when the mutation was refused.").Resolve(c => c.Source.Value?.Advocacy);
    }

    private static Task<MutationPayload<CarePlan>> RunAsync(IResolveFieldContext context, MutationInput input, Func<CaseworkCommand, CancellationToken, Task<Result>> command) =>
        context.RequestServices!.GetRequiredService<CaseworkRunner>().OnPlanAsync(
            new Id<CarePlan>(input.Id("planId", "CarePlan")),
            PlanPermission.RecordAdvocacy,
            async (caseworkCommand, cancellationToken) =>
            {
                var result = await command(caseworkCommand, cancellationToken).ConfigureAwait(false);
                return result.Succeeded ? Result<CarePlan>.Ok(caseworkCommand.Plan) : Result<CarePlan>.Fail(result.Errors);
            },
            context.CancellationToken);
}
