using CarePlanGraph.Api.Graph.DataLoading;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.People;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;
using GraphQL.Types;

namespace CarePlanGraph.Api.Reviews;

public sealed class ReviewRequestType : NodeGraphType<ReviewRequest>
{
    public ReviewRequestType()
        : base("ReviewRequest", "A request for a review at any time (R21), by the person, a carer, their advocate, a provider or the council, with its grounds; the Key Worker accepts or declines it with reasons.", r => r.Id.Value)
    {
        Field<NonNullGraphType<CarePlanType>>("plan").Description("The plan to review.")
            .Resolve()
            .WithService<ByIdLoader<CarePlan>>()
            .Resolve((c, plans) => plans.Load(c.Source.PlanId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewGroundType>>>>("grounds").Description("Why a review is asked for.").Resolve(c => c.Source.Grounds);
        Field<NonNullGraphType<StringGraphType>>("details").Description("What has changed, in the requester's words.").Resolve(c => c.Source.Details);
        Field<NonNullGraphType<StringGraphType>>("requestedByName").Description("Who asked.").Resolve(c => c.Source.RequestedByName);
        Field<NonNullGraphType<ActorRoleType>>("requestedByRole").Description("The role they asked in.").Resolve(c => c.Source.RequestedByRole);
        Field<NonNullGraphType<DateTimeType>>("requestedAt").Description("When they asked.").Resolve(c => c.Source.RequestedAt);
        Field<NonNullGraphType<ReviewRequestStatusType>>("status").Description("Pending, accepted or declined.").Resolve(c => c.Source.Status);
        Field<StringGraphType>("decidedByName").Description("Who decided it.").Resolve(c => c.Source.DecidedByName);
        Field<DateTimeType>("decidedAt").Description("When it was decided.").Resolve(c => c.Source.DecidedAt);
        Field<StringGraphType>("declineReasons").Description("Why it was declined, as the requester was told; null unless declined.").Resolve(c => c.Source.DeclineReasons);
        Field<ReviewType>("review").Description("The review it led to (or joined), once accepted; null for a carer the review is not shared with (R33).")
            .Resolve()
            .WithService<AccessScope>()
            .WithService<ByIdLoader<Review>>()
            .ResolveAsync(async (c, scope, reviews) =>
            {
                var caller = await scope.RequireCallerAsync(c.CancellationToken).ConfigureAwait(false);
                return c.Source.ReviewId is { } id ? reviews.Load(id).Then(review => review is not null && AccessScope.SeesReview(caller, review) ? review : null) : null;
            });
    }
}
