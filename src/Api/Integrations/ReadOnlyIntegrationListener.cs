using CarePlanGraph.Api.Identity;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace CarePlanGraph.Api.Integrations;

/// <summary>
/// Issue 15: an integration approved read-only may query and subscribe but not change anything. Its mutations are
/// refused before any field runs (AUTH_FORBIDDEN), so nothing is changed; whatever its organisation's role allows is
/// further bounded by this.
/// </summary>
internal sealed class ReadOnlyIntegrationListener : DocumentExecutionListenerBase
{
    public override async Task BeforeExecutionAsync(IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation.Operation != OperationType.Mutation)
        {
            return;
        }

        if (await context.RequestServices!.GetRequiredService<ICallerAccessor>().GetCallerAsync(context.CancellationToken).ConfigureAwait(false) is { MayWrite: false } caller)
        {
            throw new ExecutionError($"The integration \"{caller.Name}\" was approved read-only: it may query and subscribe, not change records. Ask the council to approve read and write access.")
            {
                Code = "AUTH_FORBIDDEN",
            };
        }
    }
}
