using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Transport;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQL.Validation.Rules.Custom;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>
/// Puts <see cref="DocumentCache"/> in front of the engine. A document not seen before is parsed here by the
/// engine's own <see cref="IDocumentBuilder"/> (so every size, token, depth and field limit applies), validated in
/// full by the engine, and kept only if validation passed and execution began. A document seen before skips
/// parsing and the rules that depend on its text alone; every rule that depends on the request still runs.
/// </summary>
/// <remarks>
/// The rules skipped are named here, not the rules kept: a rule added later runs on every request until someone
/// decides it depends on nothing else. Kept per request, for example: the complexity estimate (list sizes come
/// from variables), the node lookup limits (IDs come from variables), the HTTP method's operation types (a cached
/// mutation must still be refused over GET) and the field argument validators; variables are coerced and
/// arguments parsed on every request whatever the rules.
/// <para>
/// A request without variables gives those rules nothing new once a request like it has passed them: the same
/// document, operation, HTTP method (its rule instance) and kind of caller (signed in or not) cannot come out
/// differently. So such a request skips validation altogether (<see cref="RequestShape"/>), but only when every rule
/// left is one named in <see cref="RulesOfTheRequestShape"/>; a rule added later is run every time until someone
/// decides what its outcome depends on. Its literal arguments are not parsed again either
/// (<see cref="RememberingDocumentValidator"/>).
/// </para>
/// </remarks>
internal sealed class DocumentCacheExecution(DocumentCache cache, DocumentCacheOptions cacheOptions, IDocumentBuilder documentBuilder) : IConfigureExecution
{
    /// <summary>GraphQL.NET's rules that read the document and schema and nothing else, in the engine's order.</summary>
    internal static readonly IValidationRule[] DocumentOnlyCoreRules =
        [.. DocumentValidator.CoreRules.Where(rule => rule is not FieldArgumentsAreValidRule)];

    private static readonly HashSet<IValidationRule> DocumentOnlyCoreRuleSet = [.. DocumentOnlyCoreRules];

    /// <summary>
    /// The rules whose outcome a <see cref="RequestShape"/> determines: each reads the document, the variables (none
    /// here) and the arguments, plus its own configuration (the HTTP method's rule instance) or whether the caller is
    /// signed in (introspection), and nothing else.
    /// </summary>
    private static readonly HashSet<Type> RulesOfTheRequestShape =
    [
        typeof(ComplexityValidationRule), typeof(FieldArgumentsAreValidRule), typeof(NodeLookupLimitRule),
        typeof(HttpOperationTypeRule), typeof(IntrospectionAccessRule),
    ];

    private readonly DocumentCache _cache = cache;
    private readonly bool _enabled = cacheOptions.Enabled;
    private readonly IDocumentBuilder _documentBuilder = documentBuilder;

    // The lists of rules seen (each transport's, at most a few) and what is left of each for a cached document.
    private (IValidationRule[] Given, IValidationRule[] Kept)[] _requestRules = [];

    /// <summary>After the validation rules have been added to the options (GraphQL.NET adds them at 100).</summary>
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (!_enabled || options.Document is not null || options.Query is not { } text)
        {
            return await next(options).ConfigureAwait(false);
        }

        var hit = _cache.TryGet(text, out var cached);

        // Throws the limit's or the syntax error (an ExecutionError, answered as the request's error) before anything is kept.
        var document = hit ? cached.Document : _documentBuilder.Build(text);
        options.Document = document;
        var requestRules = RequestRules(options.ValidationRules);
        var shape = RequestShape.Of(options, requestRules);
        var passedBefore = hit && shape is not null && cached.HasPassed(shape);
        if (passedBefore)
        {
            options.ValidationRules = RememberingDocumentValidator.PassedBefore;
            _cache.CountSkippedValidation();
        }
        else if (hit)
        {
            options.ValidationRules = requestRules;
        }

        var result = await next(options).ConfigureAwait(false);

        // Executed means every validation rule passed; a refused document is checked in full again next time.
        if (result.Executed && !passedBefore)
        {
            var kept = hit ? cached : _cache.Add(text, document);
            if (shape is not null)
            {
                kept?.RememberPassed(shape);
            }
        }

        return result;
    }

    /// <summary>The rules a cached document must still pass on each request: all but those that read its text alone.</summary>
    /// <remarks>
    /// Each transport sends the same few lists of rules, so the answer for the last lists seen is kept: comparing a
    /// list with the one before costs a fraction of filtering it again (and a request's memory).
    /// </remarks>
    private IValidationRule[] RequestRules(IEnumerable<IValidationRule>? rules)
    {
        IValidationRule[] all = [.. rules ?? DocumentValidator.CoreRules];
        var known = Volatile.Read(ref _requestRules);
        foreach (var (given, kept) in known)
        {
            if (given.AsSpan().SequenceEqual(all, ReferenceEqualityComparer.Instance))
            {
                return kept;
            }
        }

        IValidationRule[] filtered = [.. all.Where(rule => !DependsOnDocumentOnly(rule))];
        if (known.Length < 8)
        {
            Volatile.Write(ref _requestRules, [.. known, (all, filtered)]);
        }

        return filtered;
    }

    private static bool DependsOnDocumentOnly(IValidationRule rule) =>
        DocumentOnlyCoreRuleSet.Contains(rule) || rule is IntrospectionDepthRule;

    /// <summary>What the rules of a request without variables can see of it besides the document.</summary>
    internal sealed class RequestShape(string? operationName, bool signedIn, IValidationRule[] rules) : IEquatable<RequestShape>
    {
        private readonly string? _operationName = operationName;
        private readonly bool _signedIn = signedIn;
        private readonly IValidationRule[] _rules = rules;

        /// <summary>The request's shape, or null when its rules' outcome could depend on more (variables, other rules).</summary>
        public static RequestShape? Of(ExecutionOptions options, IValidationRule[] rules) =>
            options.Variables is null or { Count: 0 } && rules.All(rule => RulesOfTheRequestShape.Contains(rule.GetType()))
                ? new RequestShape(options.OperationName, options.User?.Identity?.IsAuthenticated == true, rules)
                : null;

        // The same rule instances in the same order: an HTTP method's rule is its own instance.
        public bool Equals(RequestShape? other) =>
            other is not null
            && string.Equals(_operationName, other._operationName, StringComparison.Ordinal)
            && _signedIn == other._signedIn
            && _rules.AsSpan().SequenceEqual(other._rules, ReferenceEqualityComparer.Instance);

        public override bool Equals(object? obj) => Equals(obj as RequestShape);

        public override int GetHashCode() => HashCode.Combine(_operationName, _signedIn, _rules.Length);
    }
}
