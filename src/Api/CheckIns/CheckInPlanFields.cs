using CarePlanGraph.Api.Graph.Authorization;
using CarePlanGraph.Api.Graph.DataLoading;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Domain.CheckIns;
using CarePlanGraph.Domain.Common;
using GraphQL;
using GraphQL.Types;

namespace CarePlanGraph.Api.CheckIns;

/// <summary>
/// The fields check-ins add to <c>CarePlan</c> (R32): not for providers, and empty (or null) for planners and carers, who help
/// write plans and do not need to know how the person said they were doing (R27).
/// </summary>
internal sealed class CheckInPlanFields : ITypeExtension<CarePlanType>
{
    public void Extend(CarePlanType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<ListGraphType<NonNullGraphType<CheckInType>>>("checkIns")
            .Policy(FieldPolicies.NotForProviders)
            .Description("R32: the Key Worker's check-ins with the person since support was in place, oldest first. Not for providers (null, with an AUTH_FIELD_FORBIDDEN error); empty for planners and carers (R27, R33).")
            .Resolve()
            .WithService<AccessScope>()
            .WithService<CheckInsByPlanLoader>()
            .ResolveAsync(async (c, scope, checkIns) =>
            {
                var caller = await scope.RequireCallerAsync(c.CancellationToken).ConfigureAwait(false);
                return AccessScope.SeesCheckIns(caller)
                    ? checkIns.Load(c.Source.Id).Then(list => list ?? [])
                    : (object)Array.Empty<CheckIn>();
            });
        type.Field<DateType>("nextCheckInDue")
            .Policy(FieldPolicies.NotForProviders)
            .Description("R32: when the Key Worker's check-in is due: set when support is in place (within 2 weeks by default), cleared when a check-in is recorded with `recordCheckIn`. "
                + "Not for providers (null, with an AUTH_FIELD_FORBIDDEN error); null for planners and carers (R27, R33).")
            .Resolve()
            .WithService<AccessScope>()
            .ResolveAsync(async (c, scope) =>
            {
                var caller = await scope.RequireCallerAsync(c.CancellationToken).ConfigureAwait(false);
                return AccessScope.SeesCheckIns(caller) ? c.Source.NextCheckInDue : null;
            });
    }
}
