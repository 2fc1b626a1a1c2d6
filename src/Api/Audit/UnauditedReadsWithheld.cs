using GraphQL;
using GraphQL.DI;

namespace CarePlanGraph.Api.Audit;

/// <summary>
/// R30: a read whose audit rows could not be written is not answered. The engine would send the data it resolved
/// next to the error from <see cref="AuditListener"/>; this keeps only the (masked) error, so the request fails with
/// 500 and <c>INTERNAL_SERVER_ERROR</c>.
/// </summary>
internal sealed class UnauditedReadsWithheld : IConfigureExecution
{
    private const string UnauditedKey = "CarePlanGraph.Audit.Unaudited";

    public float SortOrder => 0;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(options).ConfigureAwait(false);
        return options.UserContext.ContainsKey(UnauditedKey)
            ? new ExecutionResult { Errors = result.Errors, Executed = false }
            : result;
    }

    /// <summary>Records in the request's user context that its reads could not be audited (the request's own dictionary:
    /// no service is looked up on the way in or out of every request).</summary>
    public static void MarkUnaudited(IDictionary<string, object?> userContext)
    {
        ArgumentNullException.ThrowIfNull(userContext);
        userContext[UnauditedKey] = true;
    }
}
