using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Common;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Plans.Mutations;

/// <summary>Input and payload fields every plan mutation shares, described once.</summary>
internal static class PlanMutationFields
{
    public static void PlanId(InputObjectGraphType input) =>
        input.Field<NonNullGraphType<IdGraphType>>("planId")
            .Description("The plan's global ID (`CarePlan.id`). A plan you may not see is reported as `PlanNotFoundError`.");

    /// <summary><c>planId</c> and <c>expectedRevision</c>: the plan, and the revision of its current version the change is based on.</summary>
    public static void PlanTarget(InputObjectGraphType input)
    {
        PlanId(input);
        input.Field<IntGraphType>("expectedRevision")
            .Description("The `revision` of the plan's current version that you based this change on (optimistic concurrency). If someone else has changed the version since, "
                + "the change is refused with `EditConflictError` and theirs is kept. Leave it out to apply the change to the version as it is now.");
    }

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

    /// <summary>Runs a command on the plan named by the input, with the caller's permission checked first.</summary>
    public static Task<MutationPayload<PlanChange>> RunAsync(
        IResolveFieldContext context,
        MutationInput input,
        PlanPermission permission,
        Func<PlanCommand, CancellationToken, Task<Result<PlanChange>>> command) =>
        context.RequestServices!.GetRequiredService<PlanCommandRunner>().RunAsync(input, permission, command, context.CancellationToken);

    /// <summary>Runs a command that needs nothing but the plan.</summary>
    public static Task<MutationPayload<PlanChange>> RunAsync(
        IResolveFieldContext context,
        MutationInput input,
        PlanPermission permission,
        Func<PlanCommand, Result<PlanChange>> command) =>
        RunAsync(context, input, permission, (plan, _) => Task.FromResult(command(plan)));
}
