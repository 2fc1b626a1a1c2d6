using GraphQL;

namespace CarePlanGraph.Api.Graph.Authorization;

/// <summary>Decides whether the caller may read a field that carries a policy. Registered as a scoped service.</summary>
public interface IFieldPolicyEvaluator
{
    /// <summary>Null when allowed; otherwise the reason the caller may not read the field.</summary>
    Task<string?> DenyReasonAsync(string policy, IResolveFieldContext context);
}
