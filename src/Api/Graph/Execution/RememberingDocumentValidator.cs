using System.Runtime.CompilerServices;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>
/// GraphQL.NET's validator, which also remembers what it found for a cached document's request that needs no rules:
/// one without variables, of a kind that has passed every rule before (<see cref="DocumentCacheExecution"/> gives it
/// <see cref="PassedBefore"/> as its rules). With no rules left, the validator still walks the operation to parse its
/// literal arguments; for the same operation of the same cached document, without variables, that walk always gives
/// the same values, so the first request's outcome is given to the next ones.
/// </summary>
/// <remarks>
/// Remembered per operation node of the cached document, weakly: a document dropped from the cache takes its outcomes
/// with it. Only a valid outcome is kept. The argument values it holds are shared by the requests that reuse it; the
/// engine and the resolvers only read them.
/// </remarks>
internal sealed class RememberingDocumentValidator : IDocumentValidator
{
    /// <summary>The rules of a request whose kind has passed them all before: none.</summary>
    internal static readonly IValidationRule[] PassedBefore = [];

    private readonly DocumentValidator _validator = new();
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, Task<IValidationResult>> _outcomes = [];
    private long _reused;

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (!ReferenceEquals(options.Rules, PassedBefore) || options.Operation is not { } operation)
        {
            return _validator.ValidateAsync(options);
        }

        if (_outcomes.TryGetValue(operation, out var known))
        {
            Interlocked.Increment(ref _reused);
            return known;
        }

        return RememberAsync(operation, _validator.ValidateAsync(options));
    }

    /// <summary>Requests given a remembered outcome since start.</summary>
    internal long Reused => Interlocked.Read(ref _reused);

    private async Task<IValidationResult> RememberAsync(GraphQLOperationDefinition operation, Task<IValidationResult> validation)
    {
        var outcome = await validation.ConfigureAwait(false);
        if (outcome.IsValid)
        {
            _outcomes.TryAdd(operation, Task.FromResult(outcome));
        }

        return outcome;
    }
}
