using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Transport;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CarePlanGraph.Api.Tests.Transport;

/// <summary>
/// A minimal host running only the generic GraphQL machinery (transport, limits, masking) over
/// <see cref="FailingSchema"/>, for behaviour the real schema cannot be made to show, such as a
/// resolver that throws. It captures what is logged, and can run on Kestrel over loopback when a
/// test needs real sockets (chunked bodies).
/// </summary>
internal sealed class StandaloneGraphQLHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StandaloneGraphQLHost(WebApplication app, CapturingLoggerProvider logs, HttpClient client)
    {
        _app = app;
        Logs = logs;
        Client = client;
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public CapturingLoggerProvider Logs { get; }

    /// <param name="settings">Configuration entries, e.g. <c>GraphQL:Limits:MaxDepth</c>.</param>
    /// <param name="kestrel">Listen on a free loopback port instead of the in-memory test server.</param>
    public static async Task<StandaloneGraphQLHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, bool kestrel = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        if (kestrel)
        {
            builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<FailingSchema>()
            .AddSystemTextJson()
            .AddRequestLimits(builder.Configuration)
            .AddDocumentCache(builder.Configuration));
        builder.Services.AddGraphQLHttpTransport(builder.Configuration);

        var app = builder.Build();
        app.MapGraphQLHttp();
        await app.StartAsync();

        var client = kestrel
            ? new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) }
            : app.GetTestClient();
        return new StandaloneGraphQLHost(app, logs, client);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
