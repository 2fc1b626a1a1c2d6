using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Plans;

namespace CarePlanGraph.Api.Reviews;

/// <summary>Registers reviews (R20–R22): loaders, node resolvers and the fields on <c>CarePlan</c>.</summary>
public static class ReviewsServiceCollectionExtensions
{
    public static IServiceCollection AddReviews(this IServiceCollection services)
    {
        services.AddScoped<ReviewsByPlanLoader>();
        services.AddScoped<ReviewRequestsByPlanLoader>();
        services.AddScoped<ReviewRequestsByReviewLoader>();
        services.AddScoped<INodeResolver, ReviewNodeResolver>();
        services.AddScoped<INodeResolver, ReviewRequestNodeResolver>();
        services.AddSingleton<ITypeExtension<CarePlanType>, ReviewPlanFields>();
        return services;
    }
}
