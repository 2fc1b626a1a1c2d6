using GraphQL;
using GraphQL.Instrumentation;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Graph.Authorization;

/// <summary>
/// Refuses a field the caller may not read: the field answers null and the response carries an error with code
/// AUTH_FIELD_FORBIDDEN at that path, while the rest of the query still answers.
/// </summary>
public sealed class FieldPolicyMiddleware : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (FieldPolicy.PolicyOf(context.FieldDefinition) is { } policy)
        {
            var evaluator = context.RequestServices!.GetRequiredService<IFieldPolicyEvaluator>();
            if (await evaluator.DenyReasonAsync(policy, context).ConfigureAwait(false) is { } reason)
            {
                throw new ExecutionError(reason) { Code = "AUTH_FIELD_FORBIDDEN" };
            }
        }

        return await next(context).ConfigureAwait(false);
    }
}
