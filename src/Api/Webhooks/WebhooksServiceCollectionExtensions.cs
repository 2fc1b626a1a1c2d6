using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Integrations;
using CarePlanGraph.Api.Webhooks.Delivery;
using Microsoft.Extensions.Options;
using Polly;

namespace CarePlanGraph.Api.Webhooks;

/// <summary>
/// Registers webhooks (issue 16): endpoints (their node resolver, their field on <c>Integration</c>, the commands the
/// mutations use) and deliveries (<see cref="WebhookOptions"/> from <c>Webhooks</c>, the HTTP client, the worker).
/// </summary>
public static class WebhooksServiceCollectionExtensions
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddScoped<INodeResolver, WebhookEndpointNodeResolver>();
        services.AddScoped<WebhookCommands>();
        services.AddSingleton<ITypeExtension<IntegrationType>, IntegrationWebhookFields>();

        services.AddOptions<WebhookOptions>()
            .Bind(configuration.GetSection(WebhookOptions.SectionName))
            .PostConfigure<IHostEnvironment>((options, environment) => options.AllowLocalNetworks ??= environment.IsDevelopment())
            .Validate(options => options.Timeout > TimeSpan.Zero && options.Lease > options.Timeout, "Webhooks:Timeout must be positive and shorter than Webhooks:Lease.")
            .Validate(options => options.Retries.All(wait => wait >= TimeSpan.Zero) && options.Jitter is >= 0 and < 1, "Webhooks:RetrySchedule must not be negative, and Webhooks:Jitter must be from 0 to below 1.")
            .Validate(options => options.MaxConcurrentDeliveries > 0 && options.PollInterval > TimeSpan.Zero, "Webhooks:MaxConcurrentDeliveries and Webhooks:PollInterval must be positive.")
            .ValidateOnStart();

        // Retries are the worker's (durable, on the schedule); the handler only bounds each attempt's time.
        services.AddHttpClient(WebhookSender.ClientName)
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                ConnectCallback = WebhookAddressGuard.Connect(provider.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowLocalNetworks == true),
            })
            .AddResilienceHandler("webhook-attempt", (pipeline, context) =>
                pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout));
        services.AddScoped<WebhookSender>();
        services.AddSingleton<WebhookDeliveryWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<WebhookDeliveryWorker>());
        return services;
    }
}
