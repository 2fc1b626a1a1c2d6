using CarePlanGraph.Api.Graph.Mutations;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Mutations;

/// <summary>Payload fields every plan mutation shares, described once.</summary>
internal static class PlanMutationFields
{
    /// <summary>The <c>plan</c> and <c>version</c> fields of a payload.</summary>
    public static void PlanAndVersion(ObjectGraphType<MutationPayload<PlanChange>> payload, string versionDescription)
    {
        payload.Field<CarePlanType>("plan")
            .Description("The plan after the change; null when the mutation was refused.")
            .Resolve(c => c.Source.Value?.Plan);
        payload.Field<PlanVersionType>("version")
            .Description(versionDescription + " Null when the mutation was refused.")
            .Resolve(c => c.Source.Value?.Version);
    }
}
