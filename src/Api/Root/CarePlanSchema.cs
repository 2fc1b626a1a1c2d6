using CarePlanGraph.Api.Assessments;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Organisations;
using CarePlanGraph.Api.People;
using CarePlanGraph.Api.Plans;
using GraphQL;

namespace CarePlanGraph.Api.Root;

/// <summary>The CarePlanGraph schema. Types that are reachable only through <c>node(id:)</c> are registered here.</summary>
public sealed class CarePlanSchema : GraphQL.Types.Schema
{
    public CarePlanSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
        : base(services)
    {
        // Introspection as the current specification defines it (issue 18): what graphql-js asks with every option on.
        this.UseCurrentIntrospection();
        Description = "CarePlanGraph: adults' care and support plans — written, agreed, funded and reviewed.";
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        this.RegisterType<CarePlanType>();
        this.RegisterType<PersonType>();
        this.RegisterType<OrganisationType>();
        this.RegisterType<AssessmentType>();
        this.RegisterType<StaffMemberType>();
        this.RegisterType<PlanVersionType>();
        this.RegisterType<SupportItemType>();
    }

    protected override void OnBeforeInitializeType(GraphQL.Types.IGraphType graphType) => CurrentIntrospection.CompleteIntrospectionType(graphType);
}
