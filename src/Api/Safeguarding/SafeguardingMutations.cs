using CarePlanGraph.Api.Changes;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Safeguarding;
using GraphQL.Types;

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
            .Resolve<RaiseSafetyConcernInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.RaiseSafetyConcern, null, change =>
                SafetyConcern.Raise(change.Plan, input.Concern, change.Actor, change.Now).Map(concern =>
                {
                    change.Add(concern);
                    return new SafetyConcernChange(concern);
                }),
                cancellationToken));

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
            .Resolve<CloseSafetyConcernInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnRecordAsync(
                (scope, token) => scope.SafetyConcernsAsync(token),
                c => c.Id == input.SafetyConcernId,
                new SafetyConcernNotFoundError(input.SafetyConcernId),
                PlanPermission.HandleSafetyConcern,
                (change, concern, _) => Task.FromResult(concern.Close(input.Outcome, change.Actor, change.Now).Map(() => new SafetyConcernChange(concern))),
                cancellationToken));
    }
}

public sealed record RaiseSafetyConcernInput(Id<CarePlan> PlanId, string Concern);

public sealed record CloseSafetyConcernInput(Id<SafetyConcern> SafetyConcernId, string Outcome);
