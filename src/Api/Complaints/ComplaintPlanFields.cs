using CarePlanGraph.Api.Graph.Authorization;
using CarePlanGraph.Api.Graph.DataLoading;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Complaints;
using GraphQL;
using GraphQL.Types;

namespace CarePlanGraph.Api.Complaints;

/// <summary>
/// The fields complaints add to <c>CarePlan</c> (R17, R25): not for providers, and complaints and meeting requests
/// not for planners either (R27).
/// </summary>
internal sealed class ComplaintPlanFields : ITypeExtension<CarePlanType>
{
    public void Extend(CarePlanType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<ListGraphType<NonNullGraphType<ComplaintType>>>("complaints")
            .Policy(FieldPolicies.NotForProviders)
            .Description("R25: complaints about decisions on this plan, oldest first, as far as you may see them: Customer Services, the Key Worker, the person and their advocate see them all; a representative those they made. "
                + "Not for providers (null, with an AUTH_FIELD_FORBIDDEN error); empty for planners (R27).")
            .Resolve()
            .WithService<AccessScope>()
            .WithService<ComplaintsByPlanLoader>()
            .ResolveAsync(async (c, scope, complaints) =>
            {
                var caller = await scope.RequireCallerAsync(c.CancellationToken).ConfigureAwait(false);
                return complaints.Load(c.Source.Id).Then(list => AccessScope.VisibleComplaints(caller, list ?? []));
            });
        type.Field<ListGraphType<NonNullGraphType<ResolutionMeetingRequestType>>>("resolutionMeetingRequests")
            .Policy(FieldPolicies.NotForProviders)
            .Description("R17: the person's requests to meet all key staff after a decline, oldest first. Not for providers (null, with an AUTH_FIELD_FORBIDDEN error); empty for planners (R27).")
            .Resolve()
            .WithService<AccessScope>()
            .WithService<ResolutionMeetingRequestsByPlanLoader>()
            .ResolveAsync(async (c, scope, meetings) =>
            {
                var caller = await scope.RequireCallerAsync(c.CancellationToken).ConfigureAwait(false);
                return !AccessScope.SeesResolutionMeetings(caller)
                    ? Array.Empty<ResolutionMeetingRequest>()
                    : (object)meetings.Load(c.Source.Id).Then(list => list ?? []);
            });
    }
}
