using CarePlanGraph.Api.Casework;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Safeguarding;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Safeguarding;

/// <summary>Staying safe (R24): raising a safety concern, and the safeguarding team closing it.</summary>
public static class SafeguardingMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<SafetyConcernChange>(
                "raiseSafetyConcern",
                "Raises a concern about the safety of a person while their support is set up or given (R24): anyone who may see the plan (or the person themselves) may. "
                + "It goes to the council's safeguarding team and nobody else, never to providers or planners; you get an acknowledgement with a reference, not the concern back.")
            .Input("The plan and the concern.", input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("planId").Description("The plan of the person you are concerned about (`CarePlan.id`). A plan you may not see is reported as `PlanNotFoundError`.");
                input.Field<NonNullGraphType<StringGraphType>>("concern").Description("What worries you, in your words. Required, at most 4,000 characters.");
            })
            .Payload("Your acknowledgement.", payload =>
                payload.Field<SafetyConcernAcknowledgementType>("acknowledgement").Description("That the concern reached the safeguarding team, with a reference. Null when the mutation was refused.")
                    .Resolve(c => c.Source.Value?.Concern.Acknowledgement))
            .Errors([typeof(PlanNotFoundError), .. PlanErrorTypes.Text, typeof(EditConflictError)])
            .Resolve((context, input) => context.RequestServices!.GetRequiredService<CaseworkRunner>().OnPlanAsync(
                new Id<CarePlan>(input.Id("planId", "CarePlan")),
                PlanPermission.RaiseSafetyConcern,
                (command, _) =>
                {
                    var result = SafetyConcern.Raise(command.Plan, input.Text("concern") ?? string.Empty, command.Actor, command.Now);
                    if (result.Value is not { } concern)
                    {
                        return Task.FromResult(Result<SafetyConcernChange>.Fail(result.Errors));
                    }

                    command.Add(concern);
                    return Task.FromResult(Result<SafetyConcernChange>.Ok(new SafetyConcernChange(concern)));
                },
                context.CancellationToken));

        mutation.Mutation<SafetyConcernChange>(
                "closeSafetyConcern",
                "A member of the safeguarding team closes a safety concern from their queue, recording what was done (R24).")
            .Input("The concern and what was done.", input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("safetyConcernId").Description("The concern (`SafetyConcern.id`).");
                input.Field<NonNullGraphType<StringGraphType>>("outcome").Description("What was done about it. Required, at most 4,000 characters.");
            })
            .Payload("The concern closed.", payload =>
                payload.Field<SafetyConcernType>("safetyConcern").Description("The concern, CLOSED. Null when the mutation was refused.").Resolve(c => c.Source.Value?.Concern))
            .Errors([typeof(SafetyConcernNotFoundError), typeof(ActorNotPermittedError), typeof(SafetyConcernClosedError), .. PlanErrorTypes.Text, typeof(EditConflictError)])
            .Resolve(async (context, input) =>
            {
                var concernId = new Id<SafetyConcern>(input.Id("safetyConcernId", "SafetyConcern"));
                var concerns = await context.RequestServices!.GetRequiredService<CaseworkScope>().SafetyConcernsAsync(context.CancellationToken).ConfigureAwait(false);
                return await context.RequestServices!.GetRequiredService<CaseworkRunner>().OnRecordAsync(
                    concerns.Where(c => c.Id == concernId),
                    c => c.PlanId,
                    new SafetyConcernNotFoundError(concernId),
                    PlanPermission.HandleSafetyConcern,
                    (command, concern, _) =>
                    {
                        var result = concern.Close(input.Text("outcome") ?? string.Empty, command.Actor, command.Now);
                        return Task.FromResult(result.Succeeded ? Result<SafetyConcernChange>.Ok(new SafetyConcernChange(concern)) : Result<SafetyConcernChange>.Fail(result.Errors));
                    },
                    context.CancellationToken).ConfigureAwait(false);
            });
    }
}
