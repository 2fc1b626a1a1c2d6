using CarePlanGraph.Api.Graph.Authorization;
using CarePlanGraph.Api.Graph.DataLoading;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;
using GraphQL.Types;

namespace CarePlanGraph.Api.Reviews;

public sealed class ReviewType : NodeGraphType<Review>
{
    public ReviewType()
        : base("Review", "A review of a plan whose support is in place (R20–R22): planned (first, Direct Payment, annual) or asked for. While it is open the plan is UNDER_REVIEW; the person invites whom they like, the Key Worker records how far each outcome is met and the changes agreed, and both sign.", r => r.Id.Value)
    {
        Field<NonNullGraphType<CarePlanType>>("plan").Description("The plan reviewed.")
            .Resolve()
            .WithService<ByIdLoader<CarePlan>>()
            .Resolve((c, plans) => plans.Load(c.Source.PlanId));
        Field<NonNullGraphType<ReviewKindType>>("kind").Description("Why the review is held.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ReviewStatusType>>("status").Description("Where the review stands.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<DateType>>("reviewOn").Description("The day of the review; invitations are made before it.").Resolve(c => c.Source.ReviewOn);
        Field<DateType>("dueOn").Description("When the plan's next review was due as this one started.").Resolve(c => c.Source.DueOn);
        Field<NonNullGraphType<StringGraphType>>("startedByName").Description("Who started it: the Key Worker who started the planned review or accepted the request.").Resolve(c => c.Source.StartedByName);
        Field<NonNullGraphType<DateTimeType>>("startedAt").Description("When it started.").Resolve(c => c.Source.StartedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewRequestType>>>>("requests").Description("The requests for a review (R21) this review answers; empty for a planned review nobody asked for.")
            .Resolve()
            .WithService<AccessScope>()
            .WithService<ReviewRequestsByReviewLoader>()
            .ResolveAsync(async (c, scope, requests) =>
            {
                var caller = await scope.RequireCallerAsync(c.CancellationToken).ConfigureAwait(false);
                return requests.Load(c.Source.Id).Then(list => AccessScope.VisibleReviewRequests(caller, list ?? []));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewInviteeType>>>>("invitees").Description("Who the person invited, in the order they were invited.").Resolve(c => c.Source.Invitees);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewOutcomeType>>>>("outcomes").Description("How far each outcome in the assessment is met; empty until the outcome is recorded.").Resolve(c => c.Source.Outcomes);
        Field<StringGraphType>("summary").Description("The Key Worker's summary of the review, once recorded.").Resolve(c => c.Source.Summary);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("changes").Description("The changes agreed, one per entry; empty when none are needed. Once both sign they go into a revision of the plan.").Resolve(c => c.Source.Changes);
        Field<DateType>("changesStartOn").Description("When the agreed changes start.").Resolve(c => c.Source.ChangesStartOn);
        Field<DateTimeType>("outcomeRecordedAt").Description("When the outcome was (last) recorded.").Resolve(c => c.Source.OutcomeRecordedAt);
        Field<StringGraphType>("outcomeRecordedByName").Description("Who recorded it.").Resolve(c => c.Source.OutcomeRecordedByName);
        Field<ReviewSignatureType>("personSignature").Description("The person's signature, or their advocate's on their behalf; null until signed.").Resolve(c => c.Source.PersonSignature);
        Field<ReviewSignatureType>("keyWorkerSignature").Description("The Key Worker's signature; null until signed.").Resolve(c => c.Source.KeyWorkerSignature);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewPartyType>>>>("awaitingSignatureFrom").Description("Who still has to sign while the review is AWAITING_SIGNATURES; empty otherwise.")
            .Resolve(c => c.Source.Status != ReviewStatus.AwaitingSignatures
                ? []
                : new[] { c.Source.PersonSignature is null ? ReviewParty.Person : (ReviewParty?)null, c.Source.KeyWorkerSignature is null ? ReviewParty.KeyWorker : null }.OfType<ReviewParty>().ToArray());
        Field<ListGraphType<NonNullGraphType<ReviewDisagreementType>>>("disagreements")
            .Policy(FieldPolicies.NotForProviders)
            .Description("Every disagreement the person recorded instead of signing, oldest first; they stay on the review. Not for providers (R27): null for them, with an AUTH_FIELD_FORBIDDEN error.")
            .Resolve(c => c.Source.Disagreements);
        Field<DateTimeType>("completedAt").Description("When both had signed and the review was completed.").Resolve(c => c.Source.CompletedAt);
        Field<IntGraphType>("revisionVersionNumber").Description("The revision of the plan the agreed changes went into, once both signed.").Resolve(c => c.Source.RevisionVersionNumber);
    }
}
