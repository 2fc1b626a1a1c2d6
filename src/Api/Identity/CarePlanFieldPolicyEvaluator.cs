using CarePlanGraph.Api.Graph.Authorization;
using CarePlanGraph.Domain.Common;
using GraphQL;

namespace CarePlanGraph.Api.Identity;

/// <summary>Applies the schema's field policies to the caller's role.</summary>
internal sealed class CarePlanFieldPolicyEvaluator(AccessScope scope) : IFieldPolicyEvaluator
{
    public async Task<string?> DenyReasonAsync(string policy, IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = await scope.RequireCallerAsync(context.CancellationToken).ConfigureAwait(false);
        return policy switch
        {
            FieldPolicies.NotForProviders when caller.Role == ActorRole.Provider =>
                $"Providers do not see '{context.FieldDefinition.Name}': it holds financial or decision details the provider does not need.",
            FieldPolicies.NotForProviders when AccessScope.KeptFromMoneyAndDecisions(caller) =>
                $"Carers do not see '{context.FieldDefinition.Name}': it holds financial or decision details that are not shared with carers.",
            FieldPolicies.AdministratorsOnly when caller.Role != ActorRole.Administrator =>
                $"Only administrators may read '{context.FieldDefinition.Name}'.",
            FieldPolicies.NotForProviders or FieldPolicies.AdministratorsOnly => null,
            _ => throw new InvalidOperationException($"Unknown field policy '{policy}'."),
        };
    }
}
