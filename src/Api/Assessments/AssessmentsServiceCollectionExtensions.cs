using CarePlanGraph.Api.Graph.Relay;

namespace CarePlanGraph.Api.Assessments;

/// <summary>Registers assessments (R01, R31): their loaders and node resolver.</summary>
public static class AssessmentsServiceCollectionExtensions
{
    public static IServiceCollection AddAssessments(this IServiceCollection services)
    {
        services.AddScoped<AssessmentByIdLoader>();
        services.AddScoped<AssessmentsByPersonLoader>();
        services.AddScoped<INodeResolver, AssessmentNodeResolver>();
        return services;
    }
}
