using System.Net;
using System.Security.Claims;
using System.Text.Json;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Transport;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Transport;
using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Execution;

/// <summary>
/// Parsed and validated documents are kept by their text: a repeated query skips parsing and validation, while a
/// hostile or invalid document is refused every time, and every check that depends on the request still runs.
/// </summary>
public sealed class DocumentCacheTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    private readonly CarePlanApiFactory _factory = factory;

    private DocumentCache Cache => _factory.Services.GetRequiredService<DocumentCache>();

    [Fact]
    public async Task A_repeated_query_is_answered_from_the_cache()
    {
        using var client = _factory.CreateClientFor("kw-sam");
        var query = "{ me { name roles } plans(first: 2) { nodes { id status } } } # " + Guid.NewGuid();

        var first = await client.DataAsync(query);
        var (hits, misses) = (Cache.Hits, Cache.Misses);
        var second = await client.DataAsync(query);

        Assert.Equal(hits + 1, Cache.Hits);
        Assert.Equal(misses, Cache.Misses);
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
    }

    [Fact]
    public async Task An_invalid_document_is_refused_every_time_and_never_kept()
    {
        using var client = _factory.CreateClientFor("kw-sam");
        var query = "{ me { noSuchField } } # " + Guid.NewGuid();
        var (count, hits) = (Cache.Count, Cache.Hits);

        for (var i = 0; i < 3; i++)
        {
            using var response = await client.SendAsync(TransportRequests.PostQuery(query));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Equal(count, Cache.Count);
        Assert.Equal(hits, Cache.Hits);
    }

    [Fact]
    public async Task A_hostile_document_is_refused_by_the_limits_every_time()
    {
        using var client = _factory.CreateClient();
        var tooManyTokens = "{" + string.Concat(Enumerable.Repeat(" x", 6000)) + " }";
        var hits = Cache.Hits;

        for (var i = 0; i < 3; i++)
        {
            using var response = await client.SendAsync(TransportRequests.PostQuery(tooManyTokens));
            var body = await TransportRequests.ReadJsonAsync(response);
            Assert.Equal("TOO_MANY_TOKENS", TransportRequests.FirstErrorCode(body));
        }

        Assert.Equal(hits, Cache.Hits);
    }

    [Fact]
    public async Task A_cached_document_still_has_its_variables_checked_on_every_request()
    {
        using var client = _factory.CreateClientFor("admin-jo");
        var query = "query ($ids: [ID!]!) { nodes(ids: $ids) { id } } # " + Guid.NewGuid();

        var allowed = await client.PostAsync(query, new { ids = Ids(10) });
        var hits = Cache.Hits;
        using var refused = await client.SendAsync(TransportRequests.Post(JsonSerializer.Serialize(new { query, variables = new { ids = Ids(101) } })));
        var body = await TransportRequests.ReadJsonAsync(refused);

        Assert.Null(allowed["errors"]);
        Assert.Equal(hits + 1, Cache.Hits);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(NodeLookupLimitRule.TooManyIdsCode, TransportRequests.FirstErrorCode(body));
    }

    [Fact]
    public async Task A_cached_document_is_still_priced_with_its_variables()
    {
        using var client = _factory.CreateClientFor("admin-jo");
        var query = Dashboard.Aliased(3) + " # " + Guid.NewGuid();

        var allowed = await client.PostAsync(query, new { first = 2 });
        var hits = Cache.Hits;
        using var refused = await client.SendAsync(TransportRequests.Post(JsonSerializer.Serialize(new { query, variables = new { first = 100 } })));
        var body = await TransportRequests.ReadJsonAsync(refused);

        Assert.Null(allowed["errors"]);
        Assert.Equal(hits + 1, Cache.Hits);
        Assert.Equal("COMPLEXITY", TransportRequests.FirstErrorCode(body));
    }

    [Fact]
    public async Task A_cached_mutation_is_still_refused_over_get()
    {
        using var client = _factory.CreateClient();
        var query = "mutation { __typename } # " + Guid.NewGuid();

        using var posted = await client.SendAsync(TransportRequests.PostQuery(query));
        var hits = Cache.Hits;
        using var viaGet = await client.SendAsync(TransportRequests.Get("query=" + Uri.EscapeDataString(query)));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(hits + 1, Cache.Hits);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, viaGet.StatusCode);
    }

    [Fact]
    public async Task A_request_without_variables_skips_validation_once_one_like_it_has_passed()
    {
        using var client = _factory.CreateClientFor("kw-sam");
        var query = "{ me { name } plans(first: 2) { nodes { id } } } # " + Guid.NewGuid();
        var withVariables = "query ($first: Int!) { plans(first: $first) { nodes { id } } } # " + Guid.NewGuid();

        var first = await client.DataAsync(query);
        var skipped = Cache.ValidationsSkipped;
        var second = await client.DataAsync(query);
        Assert.Equal(skipped + 1, Cache.ValidationsSkipped);
        Assert.Equal(first.ToJsonString(), second.ToJsonString());

        // Variables can change what the rules find (a page size, IDs), so a request with them is checked every time.
        await client.PostAsync(withVariables, new { first = 2 });
        skipped = Cache.ValidationsSkipped;
        var again = await client.PostAsync(withVariables, new { first = 2 });
        Assert.Null(again["errors"]);
        Assert.Equal(skipped, Cache.ValidationsSkipped);
    }

    [Fact]
    public async Task A_remembered_request_reuses_its_parsed_literal_arguments_and_each_caller_still_gets_their_own_answer()
    {
        var validator = Assert.IsType<RememberingDocumentValidator>(_factory.Services.GetRequiredService<IDocumentValidator>());
        using var sam = _factory.CreateClientFor("kw-sam");
        using var ben = _factory.CreateClientFor("p-ben");
        var query = "{ plans(first: 1) { nodes { person { reference } } } } # " + Guid.NewGuid();

        await sam.DataAsync(query);
        await sam.DataAsync(query);
        var reused = validator.Reused;
        var samsAgain = await sam.DataAsync(query);
        var bens = await ben.DataAsync(query);

        Assert.Equal(reused + 2, validator.Reused);
        Assert.Single(samsAgain["plans"]!["nodes"]!.AsArray());
        var bensFresh = await ben.DataAsync("{ plans(first: 1) { nodes { person { reference } } } } # " + Guid.NewGuid());
        Assert.Equal(bensFresh.ToJsonString(), bens.ToJsonString());
        Assert.NotEqual(samsAgain.ToJsonString(), bens.ToJsonString());
    }

    [Fact]
    public async Task A_remembered_request_lets_no_other_operation_or_method_of_the_same_document_through()
    {
        using var client = _factory.CreateClient();
        var query = "query Read { __typename } mutation Write { __typename } # " + Guid.NewGuid();
        string Get(string operation) => "query=" + Uri.EscapeDataString(query) + "&operationName=" + operation;

        using var read = await client.SendAsync(TransportRequests.Get(Get("Read")));
        using var readAgain = await client.SendAsync(TransportRequests.Get(Get("Read")));
        var skipped = Cache.ValidationsSkipped;
        using var write = await client.SendAsync(TransportRequests.Get(Get("Write")));
        using var writeAgain = await client.SendAsync(TransportRequests.Get(Get("Write")));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readAgain.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, write.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, writeAgain.StatusCode);
        Assert.Equal(skipped, Cache.ValidationsSkipped);

        // The mutation over POST passes, and is remembered for POST only.
        using var posted = await client.SendAsync(TransportRequests.Post(JsonSerializer.Serialize(new { query, operationName = "Write" })));
        using var postedAgain = await client.SendAsync(TransportRequests.Post(JsonSerializer.Serialize(new { query, operationName = "Write" })));
        using var getAfterPost = await client.SendAsync(TransportRequests.Get(Get("Write")));
        Assert.Equal(HttpStatusCode.OK, postedAgain.StatusCode);
        Assert.Equal(skipped + 1, Cache.ValidationsSkipped);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, getAfterPost.StatusCode);
    }

    [Fact]
    public void Only_requests_without_variables_whose_rules_are_all_known_are_remembered()
    {
        IValidationRule[] known = [FieldArgumentsAreValidRule.Instance, HttpOperationTypeRule.ForPost];
        IValidationRule[] withUnknown = [.. known, UniqueArgumentNames.Instance];

        var shape = DocumentCacheExecution.RequestShape.Of(new ExecutionOptions { OperationName = "A" }, known);
        Assert.NotNull(shape);
        Assert.Equal(shape, DocumentCacheExecution.RequestShape.Of(new ExecutionOptions { OperationName = "A", Variables = Inputs.Empty }, [.. known]));
        Assert.NotEqual(shape, DocumentCacheExecution.RequestShape.Of(new ExecutionOptions { OperationName = "B" }, known));
        Assert.NotEqual(shape, DocumentCacheExecution.RequestShape.Of(new ExecutionOptions { OperationName = "A" }, [known[0], HttpOperationTypeRule.ForGet]));
        Assert.NotEqual(shape, DocumentCacheExecution.RequestShape.Of(new ExecutionOptions { OperationName = "A", User = new ClaimsPrincipal(new ClaimsIdentity("Bearer")) }, known));
        Assert.Null(DocumentCacheExecution.RequestShape.Of(new ExecutionOptions { Variables = new Inputs(new Dictionary<string, object?> { ["first"] = 2 }) }, known));
        Assert.Null(DocumentCacheExecution.RequestShape.Of(new ExecutionOptions(), withUnknown));
    }

    [Fact]
    public void The_cache_keeps_at_most_its_entries_and_drops_the_least_recently_used()
    {
        using var cache = new DocumentCache(new DocumentCacheOptions { MaxEntries = 2 });
        cache.Add("{ a }", new GraphQLDocument([]));
        cache.Add("{ b }", new GraphQLDocument([]));
        Assert.True(cache.TryGet("{ a }", out _));

        cache.Add("{ c }", new GraphQLDocument([]));

        Assert.Equal(2, cache.Count);
        Assert.Equal(1, cache.Evictions);
        Assert.False(cache.TryGet("{ b }", out _));
        Assert.True(cache.TryGet("{ a }", out _));
        Assert.True(cache.TryGet("{ c }", out _));
    }

    [Fact]
    public void The_cache_keeps_within_its_memory_bound()
    {
        var text = new string('x', 100);
        using var cache = new DocumentCache(new DocumentCacheOptions { MaxBytes = 250L * DocumentCache.BytesPerCharacter });
        cache.Add(text + "1", new GraphQLDocument([]));
        cache.Add(text + "2", new GraphQLDocument([]));
        cache.Add(text + "3", new GraphQLDocument([]));
        cache.Add(new string('y', 300), new GraphQLDocument([]));

        Assert.Equal(2, cache.Count);
        Assert.False(cache.TryGet(text + "1", out _));
        Assert.False(cache.TryGet(new string('y', 300), out _));
    }

    [Fact]
    public async Task Switched_off_nothing_is_kept()
    {
        await using var host = await StandaloneGraphQLHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:DocumentCache:Enabled"] = "false" });

        for (var i = 0; i < 3; i++)
        {
            using var response = await host.Client.SendAsync(TransportRequests.PostQuery("{ ok }"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var cache = host.Services.GetRequiredService<DocumentCache>();
        Assert.Equal(0, cache.Count);
        Assert.Equal(0, cache.Hits);
    }

    [Fact]
    public async Task The_standalone_host_caches_like_the_api()
    {
        await using var host = await StandaloneGraphQLHost.StartAsync();

        for (var i = 0; i < 3; i++)
        {
            using var response = await host.Client.SendAsync(TransportRequests.PostQuery("{ ok }"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var cache = host.Services.GetRequiredService<DocumentCache>();
        Assert.Equal(1, cache.Count);
        Assert.Equal(2, cache.Hits);
    }

    private static string[] Ids(int count) =>
        [.. Enumerable.Range(0, count).Select(_ => NodeId.Encode("Person", Guid.NewGuid()))];
}
