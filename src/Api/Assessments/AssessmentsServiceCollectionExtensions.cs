using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.People;

namespace CarePlanGraph.Api.Assessments;

/// <summary>Registers assessments (R01, R31): their loaders, node resolver and the field on <c>Person</c>.</summary>
public static class AssessmentsServiceCollectionExtensions
{
    public static IServiceCollection AddAssessments(this IServiceCollection services)
    {
        services.AddScoped<AssessmentByIdLoader>();
        services.AddScoped<AssessmentsByPersonLoader>();
        services.AddScoped<INodeResolver, AssessmentNodeResolver>();
        services.AddSingleton<ITypeExtension<PersonType>, PersonAssessmentFields>();
        return services;
    }
}
