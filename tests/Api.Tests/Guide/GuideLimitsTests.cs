using System.Globalization;
using System.Text.Json.Nodes;
using CarePlanGraph.Api.Events;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Filtering;
using CarePlanGraph.Api.Graph.Paging;
using CarePlanGraph.Api.Graph.Transport;
using CarePlanGraph.Api.Graph.Transport.WebSockets;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Webhooks;
using CarePlanGraph.Api.Webhooks.Delivery;
using CarePlanGraph.Domain.Integrations;
using CarePlanGraph.Domain.Webhooks;

namespace CarePlanGraph.Api.Tests.Guide;

/// <summary>
/// The guide's table of limits states the values the code and the shipped configuration have: each row is rebuilt here
/// from the defaults themselves, so changing a limit without the guide fails.
/// </summary>
public sealed class GuideLimitsTests
{
    [Fact]
    public async Task Every_limit_in_the_guide_is_the_one_the_code_has()
    {
        var guide = await File.ReadAllTextAsync(RepositoryFiles.PathOf("docs/integrating.md"));
        var settings = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryFiles.PathOf("src/Api/appsettings.json")))!;
        var limits = new RequestLimitsOptions();
        var http = new GraphQLHttpOptions();
        var sockets = new GraphQLWebSocketOptions();
        var webhooks = new WebhookOptions();
        string Rate(string kind)
        {
            var perMinute = (int)settings["RateLimits"]![kind]!["PermitsPerMinute"]!;
            var burst = (int?)settings["RateLimits"]![kind]!["Burst"] ?? perMinute;
            return $"{N(perMinute)} a minute, bursts of {N(burst)}";
        }

        var rows = new (string Label, string Value)[]
        {
            ("requests from an integration (per application (client) id)", Rate("Integration")),
            ("requests from a person or staff member (per user)", Rate("User")),
            ("anonymous requests (per address)", Rate("Anonymous")),
            ("request body", Bytes(http.MaxRequestBytes)),
            ("document text", Bytes(limits.MaxDocumentBytes)),
            ("lexical tokens in a document", N(limits.MaxTokens)),
            ("syntax nesting", N(limits.MaxSyntaxDepth)),
            ("fields, every fragment counted as often as it is spread", N(limits.MaxFields)),
            ("fields answered under one name (aliases) in one selection", N(limits.MaxFieldsPerResponseName)),
            ("field depth", N(limits.MaxDepth)),
            ("ids in one `nodes(ids:)`", N(limits.MaxNodeIds)),
            ("`node` and `nodes` lookups in one request, all aliases together", N(limits.MaxNodeLookups)),
            ("errors in one answer", $"{N(limits.MaxErrors)}, then one last error summing up the rest"),
            ("running time", $"{N((int)limits.ExecutionTimeout.TotalSeconds)} seconds"),
            ("a page of a list", $"{PagingOptions.MaxPageSize} ({PagingOptions.DefaultPageSize} when not given)"),
            ("`in`/`nin` values in a filter; filter nesting", $"{FilterOptions.MaxInListLength}; {FilterOptions.MaxDepth} levels"),
            ("trusted documents", $"{TrustedDocument.MaxPerRegistration} a call, {TrustedDocument.MaxPerIntegration} an integration"),
            ("webhook endpoints' answers", $"2xx within {webhooks.Timeout.TotalSeconds} seconds; {webhooks.Retries.Count + 1} attempts over about {Math.Round(webhooks.Retries.Sum(r => r.TotalHours))} hours; {WebhookEndpoint.PauseAfterFailures} failed deliveries in a row pause the endpoint"),
            ("webhook deliveries listed; redeliveries", $"{WebhookEndpointType.MaxDeliveries} a request; {WebhookCommands.MaxRedeliveryIds} ids, or {WebhookCommands.MaxRedeliveryDays} days and {N(WebhookCommands.MaxRedeliveries)} events"),
            ("previous secret's overlap after a rotation", $"0 to 168 hours (default {WebhookCommands.DefaultOverlap.TotalHours})"),
            (
                "WebSocket: time to send `connection_init`; message size; operations on one socket; messages waiting for you; changes a subscription may fall behind",
                $"{sockets.ConnectionInitTimeout.TotalSeconds} seconds; {Bytes(sockets.MaxMessageBytes)}; {sockets.MaxOperationsPerConnection}; {sockets.SendQueueCapacity}; {new PlanEventsOptions().SubscriberQueueCapacity}"),
            ("an integration's registration: contacts; origins; webhook URLs", $"1 to {Integration.MaxContacts}; {Integration.MaxOrigins}; {Integration.MaxWebhookUrls}"),
        };

        var missing = rows.Select(r => $"| {r.Label} | {r.Value} |").Where(row => !guide.Contains(row, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "The guide's limits differ from the code's; expected rows:\n" + string.Join('\n', missing));
        Assert.Contains($"| estimated cost: ", guide, StringComparison.Ordinal);
        Assert.Contains($"| {N(limits.MaxComplexity)} a request, for every kind of client", guide, StringComparison.Ordinal);
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Bytes(long value) => value % (1024 * 1024) == 0 ? $"{value / (1024 * 1024)} MiB" : $"{value / 1024} KiB";
}
