using CarePlanGraph.Api.Changes;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Graph.Transport.WebSockets;
using CarePlanGraph.Api.Organisations;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Integrations;
using CarePlanGraph.Domain.Organisations;
using GraphQL.Types;

namespace CarePlanGraph.Api.Integrations.Mutations;

/// <summary>Issue 15: self-service registration of client applications, and the administrator's decisions on them.</summary>
public static class IntegrationMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        AddRegister(mutation);
        AddRegisterTrustedDocuments(mutation);
        AddDecision<ApproveIntegrationInput>(
            mutation,
            "approveIntegration",
            "An administrator approves a PENDING integration: from now on its tokens are accepted, acting for its organisation. `access` may narrow what it asked for (READ_WRITE to READ_ONLY), never widen it.",
            input => input.Field<IntegrationAccessType>("access").Description("The access to grant; left out, what it asked for."),
            [typeof(AccessWiderThanRequestedError)],
            (input, integration, change) => integration.Approve(input.Access, change.Actor, change.Now));
        AddDecision<RefuseIntegrationInput>(
            mutation,
            "refuseIntegration",
            "An administrator refuses a PENDING integration, with reasons its owners see (`reasons`); its tokens stay refused.",
            input => input.Field<NonNullGraphType<StringGraphType>>("reasons").Description("Why, for its owners. Required, at most 4,000 characters."),
            [.. PlanErrorTypes.Text],
            (input, integration, change) => integration.Refuse(input.Reasons, change.Actor, change.Now));
        AddDecision<SuspendIntegrationInput>(
            mutation,
            "suspendIntegration",
            "An administrator suspends an APPROVED integration, with a reason its owners see: at once its tokens are refused (401 with the reason) and its open WebSockets on this instance are closed (4403).",
            input => input.Field<NonNullGraphType<StringGraphType>>("reason").Description("Why, for its owners. Required, at most 4,000 characters."),
            [.. PlanErrorTypes.Text],
            (input, integration, change) => integration.Suspend(input.Reason, change.Actor, change.Now));
        AddDecision<ReinstateIntegrationInput>(
            mutation,
            "reinstateIntegration",
            "An administrator reinstates a SUSPENDED integration: its tokens are accepted again.",
            _ => { },
            [],
            (_, integration, change) => integration.Reinstate(change.Actor, change.Now));
    }

    private static void AddRegister(ObjectGraphType mutation) =>
        mutation.Mutation<Integration>(
                "registerIntegration",
                "Registers a client application to call the API with app-only tokens from Entra ID: a provider's portal, a planner's tool (by that organisation's own staff or applications), or the council's own (by an administrator). "
                + "It starts PENDING and its tokens are refused (401, saying so) until an administrator approves it. Origins and webhook URLs must be https (http only in Development); webhooks may not point at private, loopback or link-local addresses outside Development.")
            .Input("The application, who it acts for, who to contact and what it asks for.", input =>
            {
                input.Field<NonNullGraphType<StringGraphType>>("name").Description("What the application is called, e.g. \"Sunrise Home Care portal\". Required, at most 200 characters.");
                input.Field<NonNullGraphType<StringGraphType>>("clientAppId").Description("The Entra ID application (client) id it will call with: a GUID, unique among integrations.");
                input.Field<IdGraphType>("organisationId").Description("The organisation it acts for (`Organisation.id`): your own. Left out, the council's own (administrators only).");
                input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntegrationContactInputType>>>>("contacts").Description("Who the council contacts about it: 1 to 10.");
                input.Field<NonNullGraphType<IntegrationAccessType>>("access").Description("The access it asks for.");
                input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("origins").Description("The browser origins its pages call from, e.g. `https://portal.example.org` (scheme, host and port only; at most 20).");
                input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("webhookUrls").Description("Where it will receive webhooks (at most 10).");
            })
            .Payload("The integration registered, PENDING.", IntegrationField)
            .Errors([typeof(ActorNotPermittedError), typeof(OrganisationNotFoundError), typeof(DuplicateIntegrationError), typeof(InvalidClientAppIdError), typeof(InvalidIntegrationContactError), typeof(InvalidIntegrationUrlError), .. PlanErrorTypes.Text])
            .Resolve<RegisterIntegrationInput, ChangeRunner, IntegrationRegistrar>((runner, registrar, input, cancellationToken) =>
                runner.CreateAsync((change, token) => registrar.RegisterAsync(change, input, token), cancellationToken));

    private static void AddRegisterTrustedDocuments(ObjectGraphType mutation) =>
        mutation.Mutation<TrustedDocumentRegistration>(
                "registerTrustedDocuments",
                "Registers the GraphQL documents an integration's client sends, so that it can send each one's `documentId` instead of its text (integrations may not send other documents unless the council allows it). "
                + "By the integration's own organisation's staff or applications (an integration may register its own), or an administrator. Each document is parsed and validated against the current schema and the request limits; "
                + $"if any is not valid nothing is registered and each problem names the document's index. A document already registered is kept as it is. At most {TrustedDocument.MaxPerRegistration} documents a call and {TrustedDocument.MaxPerIntegration} an integration.")
            .Input("The integration and its documents.", input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("integrationId").Description("The integration (`Integration.id`). One you may not see is reported as `IntegrationNotFoundError`.");
                input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("documents").Description("The documents, each exactly as the client will have it hashed: its id is \"sha256:\" and the lowercase hex SHA-256 of this text's UTF-8 bytes, so whitespace counts.");
            })
            .Payload("The ids of the documents registered.", payload =>
            {
                payload.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("documentIds").Description("Each document's id, in the order sent: what the client sends as `documentId`. Null when the mutation was refused.").Resolve(c => c.Source.Value?.DocumentIds);
                payload.Field<IntegrationType>("integration").Description("The integration; null when the mutation was refused.").Resolve(c => c.Source.Value?.Integration);
            })
            .Errors([typeof(IntegrationNotFoundError), typeof(InvalidTrustedDocumentError), typeof(TooManyTrustedDocumentsError)])
            .Resolve<RegisterTrustedDocumentsInput, ChangeRunner, TrustedDocumentRegistrar>((runner, registrar, input, cancellationToken) =>
                runner.OnOwnRecordAsync(
                    (scope, token) => scope.IntegrationsAsync(token),
                    i => i.Id == input.IntegrationId,
                    new IntegrationNotFoundError(input.IntegrationId),
                    (change, integration, token) => registrar.RegisterAsync(change, integration, input.Documents, token),
                    cancellationToken));

    private static void AddDecision<TInput>(
        ObjectGraphType mutation,
        string name,
        string description,
        Action<InputObjectGraphType> fields,
        Type[] errors,
        Func<TInput, Integration, ChangeContext, Result> decide)
        where TInput : IIntegrationDecisionInput =>
        mutation.Mutation<Integration>(name, description)
            .Input("The integration, and the decision.", input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("integrationId").Description("The integration (`Integration.id`). One you may not see is reported as `IntegrationNotFoundError`.");
                fields(input);
            })
            .Payload("The integration after the decision.", IntegrationField)
            .Errors([typeof(IntegrationNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidIntegrationStateError), .. errors, typeof(EditConflictError)])
            .Resolve<TInput, ChangeRunner, ConnectionRevocations>(async (runner, revocations, input, cancellationToken) =>
            {
                var payload = await runner.OnOwnRecordAsync(
                    (scope, token) => scope.IntegrationsAsync(token),
                    i => i.Id == input.IntegrationId,
                    new IntegrationNotFoundError(input.IntegrationId),
                    (change, integration, _) => Task.FromResult(decide(input, integration, change).Map(() => integration)),
                    cancellationToken).ConfigureAwait(false);

                // Refused or suspended: its open sockets here close now; every new request is refused by the token check.
                if (payload.Value is { RefusalReason: { } reason } decided)
                {
                    revocations.Revoke(decided.ClientAppId.ToString(), reason);
                }

                return payload;
            });

    private static void IntegrationField(ObjectGraphType<MutationPayload<Integration>> payload) =>
        payload.Field<IntegrationType>("integration").Description("The integration after the change; null when the mutation was refused.").Resolve(c => c.Source.Value);
}

/// <summary>The input every decision on an integration has.</summary>
public interface IIntegrationDecisionInput
{
    Id<Integration> IntegrationId { get; }
}

public sealed record RegisterIntegrationInput(
    string Name,
    string ClientAppId,
    Id<Organisation>? OrganisationId,
    IReadOnlyList<IntegrationContactInput> Contacts,
    IntegrationAccess Access,
    IReadOnlyList<string>? Origins,
    IReadOnlyList<string>? WebhookUrls);

public sealed record RegisterTrustedDocumentsInput(Id<Integration> IntegrationId, IReadOnlyList<string> Documents);

public sealed record IntegrationContactInput(string Name, string Email);

public sealed record ApproveIntegrationInput(Id<Integration> IntegrationId, IntegrationAccess? Access) : IIntegrationDecisionInput;

public sealed record RefuseIntegrationInput(Id<Integration> IntegrationId, string Reasons) : IIntegrationDecisionInput;

public sealed record SuspendIntegrationInput(Id<Integration> IntegrationId, string Reason) : IIntegrationDecisionInput;

public sealed record ReinstateIntegrationInput(Id<Integration> IntegrationId) : IIntegrationDecisionInput;
