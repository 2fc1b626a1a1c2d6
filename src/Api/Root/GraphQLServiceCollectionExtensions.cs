using System.Text.Encodings.Web;
using CarePlanGraph.Api.Advocacy;
using CarePlanGraph.Api.Assessments;
using CarePlanGraph.Api.Audit;
using CarePlanGraph.Api.Carers;
using CarePlanGraph.Api.Changes;
using CarePlanGraph.Api.CheckIns;
using CarePlanGraph.Api.Complaints;
using CarePlanGraph.Api.Errors;
using CarePlanGraph.Api.Events;
using CarePlanGraph.Api.Graph.Authorization;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Ide;
using CarePlanGraph.Api.Graph.Paging;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Transport;
using CarePlanGraph.Api.Graph.Transport.Cors;
using CarePlanGraph.Api.Graph.Transport.RateLimiting;
using CarePlanGraph.Api.Graph.Transport.WebSockets;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Integrations;
using CarePlanGraph.Api.Organisations;
using CarePlanGraph.Api.People;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Api.Plans.Subscriptions;
using CarePlanGraph.Api.Reviews;
using CarePlanGraph.Api.Risks;
using CarePlanGraph.Api.Safeguarding;
using CarePlanGraph.Api.Webhooks;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace CarePlanGraph.Api.Root;

/// <summary>Composes the GraphQL schema, its loaders and its HTTP transport.</summary>
public static class GraphQLServiceCollectionExtensions
{
    public static IServiceCollection AddCarePlanGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<CarePlanSchema>()
            // Responses are JSON, never HTML: "£" is sent as itself rather than as \u00A3.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(CarePlanSchema).Assembly)
            // Queries run their fields one at a time: one scoped DbContext must never be used in parallel
            // (PostgreSQL would fail). Batching comes from the DataLoaders instead. See docs/decisions/0003.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            // Each subscription event runs in its own scope, acting as the subscriber: fresh data and permissions per event.
            .AddPerEventScopedSubscriptions()
            .AddRequestLimits(configuration)
            .AddIntrospectionAccess(configuration)
            .AddDocumentCache(configuration)
            // documentId: an integration's trusted documents (issue 15); ad-hoc documents from integrations refused unless allowed.
            .AddPersistedDocuments<TrustedDocumentLoader>()
            .ConfigureExecution<AdHocDocumentGate>()
            // Field policies (R27) and read auditing (R30) apply to every field, driven by the schema's metadata.
            .UseMiddleware<FieldPolicyMiddleware>()
            .UseMiddleware<AuditReadMiddleware>()
            // Singletons taking the request's services when they need them: making three listeners per request cost 4 % of a small query.
            .AddDocumentListener<AuditListener>(GraphQL.DI.ServiceLifetime.Singleton)
            .AddDocumentListener<Integrations.ReadOnlyIntegrationListener>(GraphQL.DI.ServiceLifetime.Singleton)
            .AddDocumentListener<Integrations.IntegrationUsageListener>(GraphQL.DI.ServiceLifetime.Singleton));

        // Error records without a hand-written type share this open generic type, which AddGraphTypes does not register.
        services.AddTransient(typeof(DomainErrorType<>));
        // Fields declared as GraphQL.NET's Long get the described one, with its @specifiedBy.
        services.AddTransient<GraphQL.Types.LongGraphType, Graph.Types.LongType>();
        services.AddPaging(configuration);
        services.AddGraphQLHttpTransport(configuration);
        services.AddGraphQLIde(configuration);
        services.AddGraphQLWebSocketTransport(configuration, SubscriberScope.Bind);
        services.AddCarePlanEvents(configuration);
        services.AddPlanSubscriptions();

        services.AddScoped<AccessScope>();
        services.AddScoped<IFieldPolicyEvaluator, CarePlanFieldPolicyEvaluator>();
        services.AddAudit(configuration);
        services.AddScoped(typeof(ByIdLoader<>));
        services.AddChanges();

        // Features, each registering its own loaders, node resolvers and options. The order of those that add fields
        // to another feature's type (Person, CarePlan) is the order of their fields in the schema.
        services.AddPeople();
        services.AddCarers();
        services.AddOrganisations();
        services.AddPlans(configuration);
        services.AddAssessments();
        services.AddReviews();
        services.AddAdvocacy();
        services.AddRiskPanel();
        services.AddSafeguarding();
        services.AddComplaints(configuration);
        services.AddCheckIns();
        services.AddIntegrations(configuration);
        services.AddClientRateLimiting<ClientRateLimitPartitioner>(configuration);
        services.AddOriginCors<ApprovedIntegrationOrigins>(configuration);
        services.AddWebhooks(configuration);
        return services;
    }
}
