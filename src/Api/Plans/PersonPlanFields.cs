using CarePlanGraph.Api.Graph.DataLoading;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.People;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans;

/// <summary>The person's plans, on <c>Person</c>.</summary>
internal sealed class PersonPlanFields : ITypeExtension<PersonType>
{
    public void Extend(PersonType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CarePlanType>>>>("plans")
            .Description("The person's care and support plans, oldest first.")
            .Resolve()
            .WithService<PlansByPersonLoader>()
            .Resolve((c, plans) => plans.Load(c.Source.Id).Then(list => list ?? []));
    }
}
