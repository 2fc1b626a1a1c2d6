using CarePlanGraph.Api.Graph.Authorization;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans;

namespace CarePlanGraph.Api.Advocacy;

/// <summary>The field advocacy adds to <c>CarePlan</c> (R22): not for providers (R27).</summary>
internal sealed class AdvocacyPlanFields : ITypeExtension<CarePlanType>
{
    public void Extend(CarePlanType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<AdvocacyRecordType>("advocacy")
            .Policy(FieldPolicies.NotForProviders)
            .Description("R22: the Key Worker's record of the person's need for an independent advocate, the referral and the advocate assigned; null until any is made. Not for providers (R27).")
            .Resolve(c => c.Source.Advocacy);
    }
}
