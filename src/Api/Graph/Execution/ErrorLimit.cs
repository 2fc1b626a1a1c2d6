using GraphQL;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>Keeps a response's error list within <see cref="RequestLimitsOptions.MaxErrors"/>.</summary>
internal static class ErrorLimit
{
    public const string Code = "TOO_MANY_ERRORS";

    /// <summary>The result itself when within the limit; otherwise its first errors and one that counts the rest.</summary>
    public static ExecutionResult Apply(ExecutionResult result, int maxErrors)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Errors is not { } errors || errors.Count <= maxErrors)
        {
            return result;
        }

        var kept = new ExecutionErrors();
        foreach (var error in errors.Take(maxErrors))
        {
            kept.Add(error);
        }

        kept.Add(new ExecutionError($"{errors.Count - maxErrors} more errors are not shown; fix these first.") { Code = Code });
        result.Errors = kept;
        return result;
    }
}
