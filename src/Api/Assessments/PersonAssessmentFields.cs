using CarePlanGraph.Api.Graph.DataLoading;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.People;
using GraphQL.Types;

namespace CarePlanGraph.Api.Assessments;

/// <summary>The person's needs assessments, on <c>Person</c>.</summary>
internal sealed class PersonAssessmentFields : ITypeExtension<PersonType>
{
    public void Extend(PersonType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssessmentType>>>>("assessments")
            .Description("The person's needs assessments, oldest first. Pass an assessment's `id` to `startPlan` to write a plan against it.")
            .Resolve()
            .WithService<AssessmentsByPersonLoader>()
            .Resolve((c, assessments) => assessments.Load(c.Source.Id).Then(list => list ?? []));
    }
}
