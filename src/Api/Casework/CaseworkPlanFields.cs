using CarePlanGraph.Api.Advocacy;
using CarePlanGraph.Api.Complaints;
using CarePlanGraph.Api.Graph.Authorization;
using CarePlanGraph.Api.Graph.DataLoading;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Reviews;
using CarePlanGraph.Api.RiskPanel;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Complaints;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Casework;

/// <summary>
/// The fields reviews, advocacy, the panel and complaints add to <c>CarePlan</c>. Safety concerns are never reachable
/// from a plan (R24); complaints, meeting requests and advocacy are not for providers, and complaints and meeting
/// requests not for planners either (R27).
/// </summary>
public static class CaseworkPlanFields
{
    public static void AddTo(ObjectGraphType<CarePlan> plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        AddReviews(plan);
        plan.Field<AdvocacyRecordType>("advocacy")
            .Policy(FieldPolicies.NotForProviders)
            .Description("R22: the Key Worker's record of the person's need for an independent advocate, the referral and the advocate assigned; null until any is made. Not for providers (R27).")
            .Resolve(c => c.Source.Advocacy);
        plan.Field<RiskPanelReferralType>("riskPanelReferral")
            .Description("R23: the latest referral to the Risk Management Panel, pending until the panel decides (`riskPanelDecision`); null if never referred.")
            .Resolve(c => c.Source.RiskPanelReferral);
        plan.Field<ListGraphType<NonNullGraphType<ComplaintType>>>("complaints")
            .Policy(FieldPolicies.NotForProviders)
            .Description("R25: complaints about decisions on this plan, oldest first, as far as you may see them: Customer Services, the Key Worker, the person and their advocate see them all; a representative those they made. "
                + "Not for providers (null, with an AUTH_FIELD_FORBIDDEN error); empty for planners (R27).")
            .ResolveAsync(async c =>
            {
                var caller = await c.RequestServices!.GetRequiredService<AccessScope>().RequireCallerAsync(c.CancellationToken).ConfigureAwait(false);
                return caller.Role switch
                {
                    ActorRole.CustomerServices or ActorRole.Administrator or ActorRole.KeyWorker or ActorRole.Person or ActorRole.Advocate =>
                        c.RequestServices!.GetRequiredService<ComplaintsByPlanLoader>().Load(c.Source.Id).Then(list => list ?? []),
                    ActorRole.Helper =>
                        c.RequestServices!.GetRequiredService<ComplaintsByPlanLoader>().Load(c.Source.Id).Then(list => (IReadOnlyList<Complaint>)(list ?? []).Where(x => x.MadeBySubject == caller.Subject).ToList()),
                    _ => (object)Array.Empty<Complaint>(),
                };
            });
        plan.Field<ListGraphType<NonNullGraphType<ResolutionMeetingRequestType>>>("resolutionMeetingRequests")
            .Policy(FieldPolicies.NotForProviders)
            .Description("R17: the person's requests to meet all key staff after a decline, oldest first. Not for providers (null, with an AUTH_FIELD_FORBIDDEN error); empty for planners (R27).")
            .ResolveAsync(async c =>
            {
                var caller = await c.RequestServices!.GetRequiredService<AccessScope>().RequireCallerAsync(c.CancellationToken).ConfigureAwait(false);
                return caller.Role == ActorRole.SupportPlanner
                    ? Array.Empty<ResolutionMeetingRequest>()
                    : (object)c.RequestServices!.GetRequiredService<ResolutionMeetingRequestsByPlanLoader>().Load(c.Source.Id).Then(list => list ?? []);
            });
    }

    private static void AddReviews(ObjectGraphType<CarePlan> plan)
    {
        plan.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewType>>>>("reviews")
            .Description("R20–R22: every review of the plan, oldest first.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ReviewsByPlanLoader>().Load(c.Source.Id).Then(list => list ?? []));
        plan.Field<ReviewType>("openReview")
            .Description("The review under way while the plan is UNDER_REVIEW; null otherwise.")
            .Resolve(c => c.Source.OpenReviewId is { } id ? c.RequestServices!.GetRequiredService<ByIdLoader<Review>>().Load(id) : null);
        plan.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewRequestType>>>>("reviewRequests")
            .Description("R21: every request for a review of the plan, oldest first.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ReviewRequestsByPlanLoader>().Load(c.Source.Id).Then(list => list ?? []));
        plan.Field<ReviewKindType>("nextReviewKind")
            .Description("R20: which planned review `nextReviewDue` is for: FIRST, DIRECT_PAYMENT or ANNUAL. Null until support is in place.")
            .Resolve(c => c.Source.NextReviewDue is null ? null : c.Source.DueReviewKind);
        plan.Field<DateType>("directPaymentReviewDue")
            .Description("R20: when the Direct Payment must be reviewed (within 6 months of it starting), while that review is still to be held; null otherwise.")
            .Resolve(c => c.Source.DirectPaymentReviewDue);
        plan.Field<DateType>("lastReviewCompletedOn")
            .Description("When the last review was completed (signed by both).")
            .Resolve(c => c.Source.LastReviewCompletedOn);
        plan.Field<NonNullGraphType<BooleanGraphType>>("reviewOverdue")
            .Description("True when the plan is ACTIVE, its next review was due before today, and no review has started.")
            .Resolve(c => c.Source.Status == PlanStatus.Active
                && c.Source.NextReviewDue is { } due
                && due < DateOnly.FromDateTime(c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime));
    }
}
