using CarePlanGraph.Api.Changes;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Integrations;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Integrations;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Webhooks;
using GraphQL.Types;

namespace CarePlanGraph.Api.Webhooks.Mutations;

/// <summary>Issue 16: an approved integration's webhook endpoints — registered, changed, rotated, resumed, removed.</summary>
public static class WebhookMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<WebhookChange>(
                "registerWebhook",
                "Registers a webhook endpoint for an APPROVED integration, by its own organisation or an administrator: `planStatusChanged` events of the plans the integration may see are posted to it, signed in the Standard Webhooks format. "
                + "The payload's `secret` (`whsec_…`) is shown this once: keep it to verify deliveries.")
            .Input("The integration, the endpoint's URL and what it is for.", input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("integrationId").Description("The integration (`Integration.id`). One you may not see is reported as `IntegrationNotFoundError`.");
                input.Field<NonNullGraphType<StringGraphType>>("url").Description("Where to post deliveries: https (http only in Development), not a private, loopback or link-local address.");
                input.Field<StringGraphType>("description").Description("What it is for. At most 500 characters.");
            })
            .Payload("The endpoint, and its secret, shown once.", SecretFields)
            .Errors([typeof(IntegrationNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidIntegrationStateError), typeof(InvalidIntegrationUrlError), typeof(DuplicateWebhookError), .. PlanErrorTypes.Text, typeof(EditConflictError)])
            .Resolve<RegisterWebhookInput, ChangeRunner, WebhookCommands>((runner, commands, input, cancellationToken) => runner.OnOwnRecordAsync(
                (scope, token) => scope.IntegrationsAsync(token),
                i => i.Id == input.IntegrationId,
                new IntegrationNotFoundError(input.IntegrationId),
                (change, integration, token) => commands.RegisterAsync(change, integration, input.Url, input.Description, token),
                cancellationToken));

        OnEndpoint<UpdateWebhookInput>(
            mutation,
            "updateWebhook",
            "Points an endpoint at another URL, or changes its description. Its secret stays.",
            input =>
            {
                input.Field<NonNullGraphType<StringGraphType>>("url").Description("Where to post deliveries (checked as for `registerWebhook`).");
                input.Field<StringGraphType>("description").Description("What it is for. At most 500 characters.");
            },
            [typeof(InvalidIntegrationUrlError), typeof(DuplicateWebhookError), .. PlanErrorTypes.Text],
            async (commands, input, endpoint, _, token) =>
            {
                var result = endpoint.Update(input.Url, input.Description, commands.AllowInsecureUrls);
                var errors = result.Errors.ToList();
                if (await commands.TakenAsync(endpoint.IntegrationId, input.Url, endpoint.Id, token).ConfigureAwait(false))
                {
                    errors.Add(new DuplicateWebhookError(input.Url));
                }

                return errors.Count > 0 ? Result<WebhookChange>.Fail(errors) : Result<WebhookChange>.Ok(new WebhookChange(endpoint));
            });
        OnEndpoint<RotateWebhookSecretInput>(
            mutation,
            "rotateWebhookSecret",
            "Gives an endpoint a new secret, shown this once. Deliveries are signed with both the new and the previous secret until the overlap ends (default 24 hours), so a receiver can switch without missing any.",
            input => input.Field<IntGraphType>("overlapHours").Description("How long the previous secret keeps signing: 0 to 168 hours; default 24."),
            [typeof(InvalidWebhookOverlapError)],
            (_, input, endpoint, change, _) =>
            {
                var hours = input.OverlapHours ?? (int)WebhookCommands.DefaultOverlap.TotalHours;
                if (hours is < 0 or > 168)
                {
                    return Task.FromResult(Result<WebhookChange>.Fail(new InvalidWebhookOverlapError(hours)));
                }

                var secret = WebhookSecrets.Create();
                return Task.FromResult(endpoint.RotateSecret(secret, TimeSpan.FromHours(hours), change.Now).Map(() => new WebhookChange(endpoint) { Secret = secret }));
            });
        OnEndpoint<WebhookEndpointInput>(
            mutation,
            "resumeWebhook",
            "Starts deliveries again to an endpoint that was PAUSED after repeated failures.",
            _ => { },
            [],
            (_, _, endpoint, _, _) => Task.FromResult(endpoint.Resume().Map(() => new WebhookChange(endpoint))));
        OnEndpoint<WebhookEndpointInput>(
            mutation,
            "removeWebhook",
            "Removes an endpoint: no more deliveries. It stays listed as REMOVED, with its history.",
            _ => { },
            [],
            (_, _, endpoint, _, _) => Task.FromResult(endpoint.Remove().Map(() => new WebhookChange(endpoint))));
        OnEndpoint<RedeliverWebhookEventsInput>(
            mutation,
            "redeliverWebhookEvents",
            "Queues events to be sent to an endpoint again, by event ID or by when the changes were made: delivered, failed and withheld ones alike, each at once, on a fresh retry schedule, "
            + "with the same `webhook-id` as before (a receiver that drops repeats must let these through). Whether the integration may see each plan is checked again when it is sent. "
            + "On a PAUSED endpoint they wait for `resumeWebhook`. Only events this endpoint had (see `WebhookEndpoint.deliveries`) can be sent again.",
            input =>
            {
                input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("eventIds").Description($"These events (`PlanStatusChange.eventId`, the `webhook-id` header): 1 to {WebhookCommands.MaxRedeliveryIds}. Or give `from` and `to`.");
                input.Field<DateTimeType>("from").Description("Events of changes made at or after this time; with `to`.");
                input.Field<DateTimeType>("to").Description($"Events of changes made before this time; at most {WebhookCommands.MaxRedeliveryDays} days after `from`. At most {WebhookCommands.MaxRedeliveries} events are queued per request.");
            },
            [typeof(UnknownWebhookEventError), typeof(InvalidRedeliveryError)],
            (commands, input, endpoint, _, token) => commands.RedeliverAsync(endpoint, input.EventIds, input.From, input.To, token),
            payload =>
            {
                payload.Field<WebhookEndpointType>("webhookEndpoint").Description("The endpoint; null when the request was refused.").Resolve(c => c.Source.Value?.Endpoint);
                payload.Field<IntGraphType>("queued").Description("How many events were queued to be sent again; null when the request was refused.").Resolve(c => c.Source.Value?.Queued);
            });
    }

    private static void OnEndpoint<TInput>(
        ObjectGraphType mutation,
        string name,
        string description,
        Action<InputObjectGraphType> fields,
        Type[] errors,
        Func<WebhookCommands, TInput, WebhookEndpoint, ChangeContext, CancellationToken, Task<Result<WebhookChange>>> command,
        Action<ObjectGraphType<MutationPayload<WebhookChange>>>? payload = null)
        where TInput : IWebhookEndpointInput =>
        mutation.Mutation<WebhookChange>(name, description)
            .Input("The endpoint, and the change.", input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("webhookEndpointId").Description("The endpoint (`WebhookEndpoint.id`). One you may not see is reported as `WebhookEndpointNotFoundError`.");
                fields(input);
            })
            .Payload("The endpoint after the change.", payload ?? SecretFields)
            .Errors([typeof(WebhookEndpointNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidWebhookEndpointStateError), .. errors, typeof(EditConflictError)])
            .Resolve<TInput, ChangeRunner, WebhookCommands>((runner, commands, input, cancellationToken) => runner.OnOwnRecordAsync(
                (scope, token) => scope.WebhookEndpointsAsync(token),
                e => e.Id == input.WebhookEndpointId,
                new WebhookEndpointNotFoundError(input.WebhookEndpointId),
                (change, endpoint, token) => commands.OnEndpointAsync(change, endpoint, e => command(commands, input, e, change, token)),
                cancellationToken));

    private static void SecretFields(ObjectGraphType<MutationPayload<WebhookChange>> payload)
    {
        payload.Field<WebhookEndpointType>("webhookEndpoint").Description("The endpoint after the change; null when the mutation was refused.").Resolve(c => c.Source.Value?.Endpoint);
        payload.Field<StringGraphType>("secret").Description("The new signing secret (`whsec_…`), only from `registerWebhook` and `rotateWebhookSecret`: shown this once, never readable again.").Resolve(c => c.Source.Value?.Secret);
    }
}

/// <summary>The input every change to an endpoint has.</summary>
public interface IWebhookEndpointInput
{
    Id<WebhookEndpoint> WebhookEndpointId { get; }
}

public sealed record RegisterWebhookInput(Id<Integration> IntegrationId, string Url, string? Description);

public sealed record UpdateWebhookInput(Id<WebhookEndpoint> WebhookEndpointId, string Url, string? Description) : IWebhookEndpointInput;

public sealed record RotateWebhookSecretInput(Id<WebhookEndpoint> WebhookEndpointId, int? OverlapHours) : IWebhookEndpointInput;

public sealed record WebhookEndpointInput(Id<WebhookEndpoint> WebhookEndpointId) : IWebhookEndpointInput;

public sealed record RedeliverWebhookEventsInput(Id<WebhookEndpoint> WebhookEndpointId, IReadOnlyList<Id<PlanEvent>>? EventIds, DateTimeOffset? From, DateTimeOffset? To) : IWebhookEndpointInput;
