using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CarePlanGraph.Api.Identity.LocalIssuer;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Subscriptions;
using CarePlanGraph.Api.Tests.Webhooks;
using CarePlanGraph.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Guide;

/// <summary>
/// Runs the guide's script (<see cref="GuideScript"/>) in its order against one host with the demo data, as an outside
/// developer would: real HTTP and WebSockets, real tokens, ad-hoc documents from integrations refused as in production
/// (so an application's examples are registered as trusted documents and sent by id), and a real webhook receiver on
/// 127.0.0.1 standing in for the reader's. A step with settings of its own (the rate limit) gets a host of its own.
/// </summary>
internal sealed partial class GuideRunner(WebhookReceiver receiver) : IAsyncDisposable
{
    /// <summary>How long an <c>eventually</c> example (something recorded in the background) may take to match.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly Dictionary<string, string> _kept = new(StringComparer.Ordinal)
    {
        ["your-webhook-url"] = receiver.Url("hooks/careplan"),
    };

    private readonly Dictionary<string, GraphQLWsClient> _subscriptions = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, string> _integrationIds = [];
    private readonly CarePlanApiFactory _factory = CarePlanApiFactory.Create(null, new Dictionary<string, string?>(WebhookDeliveryTests.Delivering)
    {
        ["Integrations:AdHocDocuments"] = "Refused",
    });

    private int _webhooksSeen;

    /// <summary>Runs every step; returns what differed, step by step (empty when the guide is right).</summary>
    public async Task<IReadOnlyList<string>> RunAsync(GuideScript script, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        var problems = new List<string>();
        foreach (var step in script.Steps)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                var found = step switch
                {
                    GraphQLStep graphql => await RunAsync(graphql),
                    HttpStep http => await RunAsync(http),
                    ArrivesStep arrives => await RunAsync(arrives),
                    WebhookStep webhook => await RunAsync(webhook),
                    _ => throw new InvalidOperationException(step.ToString()),
                };
                problems.AddRange(found.Select(p => $"{step}: {p}"));
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                problems.Add($"{step}: {exception.GetType().Name}: {exception.Message}");
            }

            log?.Invoke($"{step}: {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:N0} ms");
        }

        return problems;
    }

    private async Task<IReadOnlyList<string>> RunAsync(GraphQLStep step)
    {
        var persona = PersonaFor(step.As);
        var document = Substitute(step.Document);
        var variables = step.Variables is null ? null : JsonNode.Parse(Substitute(step.Variables));
        string? documentId = persona is { IsApplication: true } && !step.AdHoc ? await TrustAsync(persona, document) : null;
        if (step.OverWebSocket)
        {
            var socket = await GraphQLWsClient.ConnectAndInitAsync(_factory.Server, persona is null ? null : Token(persona));
            _subscriptions.Add(step.Name ?? throw new FormatException($"{step} needs a name."), socket);
            await socket.SendAsync(new JsonObject
            {
                ["id"] = step.Name,
                ["type"] = "subscribe",
                ["payload"] = documentId is null
                    ? new JsonObject { ["query"] = document, ["variables"] = variables?.DeepClone() }
                    : new JsonObject { ["documentId"] = documentId, ["variables"] = variables?.DeepClone() },
            });

            // A subscribe is answered before the next message is read: once the pong arrives, it listens.
            await socket.PingPongAsync();
            return [];
        }

        using var client = ClientFor(persona);
        var request = documentId is null
            ? new JsonObject { ["query"] = document, ["variables"] = variables }
            : new JsonObject { ["documentId"] = documentId, ["variables"] = variables };
        var expected = JsonNode.Parse(Substitute(step.Answer!));
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            using var response = await client.PostAsync("/graphql", new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json"));
            var text = await response.Content.ReadAsStringAsync();
            var body = JsonNode.Parse(text);
            var differences = JsonPattern.Differences(expected, body);
            if (differences.Count == 0 || !step.Arguments.ContainsKey("eventually") || DateTime.UtcNow > deadline)
            {
                Keep(step, body);
                return differences.Count == 0 ? [] : [.. differences, "answered: " + text];
            }

            await Task.Delay(100);
        }
    }

    private async Task<IReadOnlyList<string>> RunAsync(HttpStep step)
    {
        var own = step.Settings.Count == 0 ? null : CarePlanApiFactory.Create(null, step.Settings);
        try
        {
            var factory = own ?? _factory;
            var persona = PersonaFor(step.As);
            var (requestLine, requestHeaders, requestBody) = Split(Substitute(step.Request));
            var parts = requestLine.Split(' ');
            using var client = factory.CreateClient();
            var token = persona is null ? null : step.Arguments.GetValueOrDefault("token") switch
            {
                null => Token(persona, factory),

                // The refusals a reader meets: a token past its time, or one meant for another API.
                "expired" => factory.Services.GetRequiredService<LocalTokenIssuer>().Issue(persona, lifetime: TimeSpan.FromHours(-1)),
                "other-audience" => factory.Services.GetRequiredService<LocalTokenIssuer>().Issue(persona, audience: "api://another-api"),
                var other => throw new FormatException($"No token kind '{other}'."),
            };
            async Task<HttpResponseMessage> SendAsync()
            {
                using var request = new HttpRequestMessage(new HttpMethod(parts[0]), parts[1]);
                foreach (var (name, value) in requestHeaders)
                {
                    if (name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? throw new FormatException("An Authorization header needs as=<persona>."));
                    }
                    else if (!name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                    {
                        request.Headers.TryAddWithoutValidation(name, value);
                    }
                }

                if (requestBody.Length > 0)
                {
                    var type = requestHeaders.FirstOrDefault(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value ?? "application/json";
                    request.Content = new StringContent(requestBody, Encoding.UTF8);
                    request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
                }

                return await client.SendAsync(request);
            }

            var response = await SendAsync();
            if (step.Until is { } until)
            {
                // Batches sent at once drain a rate limit's bucket faster than it refills, however slow the machine.
                for (var batch = 0; (int)response.StatusCode != until; batch++)
                {
                    response.Dispose();
                    if (batch == 200)
                    {
                        return [$"no {until} after {batch} batches of requests"];
                    }

                    var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => SendAsync()));
                    response = answers.FirstOrDefault(a => (int)a.StatusCode == until) ?? answers[^1];
                    foreach (var other in answers.Where(a => a != response))
                    {
                        other.Dispose();
                    }
                }
            }

            using (response)
            {
                return await CompareAsync(step, response);
            }
        }
        finally
        {
            own?.Dispose();
        }
    }

    private async Task<IReadOnlyList<string>> CompareAsync(HttpStep step, HttpResponseMessage response)
    {
        var problems = new List<string>();
        var (statusLine, headers, body) = Split(Substitute(step.Response));
        var status = int.Parse(statusLine.Split(' ')[1], CultureInfo.InvariantCulture);
        if ((int)response.StatusCode != status)
        {
            problems.Add($"status {(int)response.StatusCode}, shown {status}");
        }

        foreach (var (name, pattern) in headers)
        {
            var actual = response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
                ? string.Join(", ", values)
                : null;
            if (actual is null || !JsonPattern.TextMatches(pattern, actual))
            {
                problems.Add($"header {name}: shown '{pattern}', answered '{actual}'");
            }
        }

        var text = await response.Content.ReadAsStringAsync();
        var actualBody = text.Length == 0 ? null : JsonNode.Parse(text);
        if (body.Length > 0)
        {
            problems.AddRange(JsonPattern.Differences(JsonNode.Parse(body), actualBody));
        }

        if (problems.Count > 0)
        {
            problems.Add("answered: " + text);
        }

        Keep(step, actualBody);
        return problems;
    }

    private async Task<IReadOnlyList<string>> RunAsync(ArrivesStep step)
    {
        var payload = await _subscriptions[step.Subscription].NextPayloadAsync(step.Subscription);
        var differences = JsonPattern.Differences(JsonNode.Parse(Substitute(step.Event)), payload);
        Keep(step, payload);
        return differences.Count == 0 ? [] : [.. differences, "arrived: " + payload.ToJsonString()];
    }

    private async Task<IReadOnlyList<string>> RunAsync(WebhookStep step)
    {
        var (requestLine, headers, body) = Split(Substitute(step.Request));
        var path = requestLine.Split(' ')[1];
        var wanted = _webhooksSeen + 1;
        await receiver.WaitForAsync(r => r.Count(q => q.Succeeded) >= wanted, Patience, $"webhook delivery {wanted}");
        var received = receiver.Requests.Where(q => q.Succeeded).ElementAt(_webhooksSeen++);
        var problems = new List<string>();
        if (!requestLine.StartsWith("POST ", StringComparison.Ordinal) || received.Path != path)
        {
            problems.Add($"request line '{requestLine}', received a POST to {received.Path}");
        }

        foreach (var (name, pattern) in headers)
        {
            var actual = name.ToLowerInvariant() switch
            {
                "webhook-id" => received.WebhookId,
                "webhook-timestamp" => received.Timestamp,
                "webhook-signature" => received.Signature,
                _ => throw new FormatException($"The receiver does not record the header {name}."),
            };
            if (!JsonPattern.TextMatches(pattern, actual))
            {
                problems.Add($"header {name}: shown '{pattern}', received '{actual}'");
            }
        }

        if (!received.VerifiesWith(_kept[step.Secret]))
        {
            problems.Add("the delivery does not verify with the endpoint's secret");
        }

        var actualBody = JsonNode.Parse(received.Body);
        problems.AddRange(JsonPattern.Differences(JsonNode.Parse(body), actualBody));
        if (problems.Count > 0)
        {
            problems.Add("received: " + received.Body);
        }

        Keep(step, actualBody);
        return problems;
    }

    /// <summary>Registers the document as the application's trusted document (as the guide tells readers to) and returns its id.</summary>
    private async Task<string> TrustAsync(Persona application, string document)
    {
        var clientId = application.ClientId!.Value;
        if (!_integrationIds.TryGetValue(clientId, out var integrationId))
        {
            using var admin = ClientFor(DemoPersonas.Find("admin-jo"));
            var all = (await admin.DataAsync("{ integrations(first: 100) { nodes { id clientAppId } } }"))["integrations"]!["nodes"]!.AsArray();
            integrationId = (string)all.Single(n => (string)n!["clientAppId"]! == clientId.ToString())!["id"]!;
            _integrationIds[clientId] = integrationId;
        }

        using var app = ClientFor(application);
        var registered = await app.DataAsync(
            "mutation($input: RegisterTrustedDocumentsInput!) { registerTrustedDocuments(input: $input) { documentIds errors { ... on Error { code message } } } }",
            new { input = new { integrationId, documents = new[] { document } } });
        var payload = registered["registerTrustedDocuments"]!;
        Assert.True(payload["errors"] is null, $"Registering the document failed: {payload["errors"]?.ToJsonString()}");
        return (string)payload["documentIds"]![0]!;
    }

    private void Keep(GuideStep step, JsonNode? answer)
    {
        foreach (var (name, path) in step.Keeps)
        {
            var node = answer;
            foreach (var segment in path.Split('.'))
            {
                node = int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && node is JsonArray array
                    ? array[index]
                    : node?[segment];
            }

            _kept[name] = node is JsonValue value && value.TryGetValue<string>(out var text) ? text
                : node?.ToJsonString() ?? throw new InvalidOperationException($"Nothing at {path} to keep as {name}.");
        }
    }

    /// <summary>Replaces each <c>&lt;name&gt;</c> with the value kept under that name; an unknown one is an error.</summary>
    private string Substitute(string text) => PlaceholderPattern().Replace(text, match =>
        _kept.TryGetValue(match.Groups[1].Value, out var value)
            ? value
            : throw new FormatException($"No value kept for <{match.Groups[1].Value}> yet."));

    private static Persona? PersonaFor(string? handle) => handle switch
    {
        null or "none" => null,
        _ when handle.StartsWith("app:", StringComparison.Ordinal) =>
            new Persona("app", "An application registered in the guide", ActorRole.SupportPlanner, true) { ClientId = Guid.Parse(handle[4..]) },
        _ => DemoPersonas.Find(handle) ?? throw new FormatException($"No persona '{handle}'."),
    };

    private string Token(Persona persona, CarePlanApiFactory? factory = null) =>
        (factory ?? _factory).Services.GetRequiredService<LocalTokenIssuer>().Issue(persona);

    private HttpClient ClientFor(Persona? persona)
    {
        var client = _factory.CreateClient();
        if (persona is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(persona));
        }

        return client;
    }

    /// <summary>An HTTP message as the guide shows it: its first line, its headers, and its body after the blank line.</summary>
    private static (string FirstLine, List<(string Name, string Value)> Headers, string Body) Split(string message)
    {
        var lines = message.Split('\n');
        var headers = new List<(string, string)>();
        var i = 1;
        for (; i < lines.Length && lines[i].Trim().Length > 0; i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            headers.Add((lines[i][..colon].Trim(), lines[i][(colon + 1)..].Trim()));
        }

        return (lines[0].Trim(), headers, string.Join('\n', lines.Skip(i + 1)).Trim());
    }

    [GeneratedRegex("<([a-z][a-z0-9-]*)>")]
    private static partial Regex PlaceholderPattern();

    public async ValueTask DisposeAsync()
    {
        foreach (var socket in _subscriptions.Values)
        {
            await socket.DisposeAsync();
        }

        await _factory.DisposeAsync();
    }
}
