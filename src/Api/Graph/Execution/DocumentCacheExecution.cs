using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Rules;

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
/// </remarks>
internal sealed class DocumentCacheExecution(DocumentCache cache, DocumentCacheOptions cacheOptions, IDocumentBuilder documentBuilder) : IConfigureExecution
{
    /// <summary>GraphQL.NET's rules that read the document and schema and nothing else.</summary>
    private static readonly HashSet<IValidationRule> DocumentOnlyCoreRules =
        [.. DocumentValidator.CoreRules.Where(rule => rule is not FieldArgumentsAreValidRule)];

    private readonly DocumentCache _cache = cache;
    private readonly bool _enabled = cacheOptions.Enabled;
    private readonly IDocumentBuilder _documentBuilder = documentBuilder;

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

        if (_cache.TryGet(text, out var cached))
        {
            options.Document = cached;
            options.ValidationRules = [.. (options.ValidationRules ?? DocumentValidator.CoreRules).Where(rule => !DependsOnDocumentOnly(rule))];
            return await next(options).ConfigureAwait(false);
        }

        // Throws the limit's or the syntax error (an ExecutionError, answered as the request's error) before anything is kept.
        var document = _documentBuilder.Build(text);
        options.Document = document;
        var result = await next(options).ConfigureAwait(false);

        // Executed means every validation rule passed; a refused document is checked in full again next time.
        if (result.Executed)
        {
            _cache.Add(text, document);
        }

        return result;
    }

    private static bool DependsOnDocumentOnly(IValidationRule rule) =>
        DocumentOnlyCoreRules.Contains(rule) || rule is IntrospectionDepthRule;
}
