using CarePlanGraph.Api.Complaints;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Reviews;
using CarePlanGraph.Api.Safeguarding;
using CarePlanGraph.Domain.Complaints;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Casework;

/// <summary>Registers reviews, advocacy, the panel, safety concerns and complaints: scopes, the runner, loaders, node resolvers and the working calendar.</summary>
public static class CaseworkServiceCollectionExtensions
{
    public static IServiceCollection AddCarePlanCasework(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ComplaintsOptions>().Bind(configuration.GetSection(ComplaintsOptions.SectionName));
        services.AddSingleton(provider => new WorkingCalendar(provider.GetRequiredService<IOptions<ComplaintsOptions>>().Value.EffectiveBankHolidays));

        services.AddScoped<CaseworkScope>();
        services.AddScoped<CaseworkRunner>();
        services.AddScoped<ReviewsByPlanLoader>();
        services.AddScoped<ReviewRequestsByPlanLoader>();
        services.AddScoped<ReviewRequestsByReviewLoader>();
        services.AddScoped<ComplaintsByPlanLoader>();
        services.AddScoped<ResolutionMeetingRequestsByPlanLoader>();

        services.AddScoped<INodeResolver, ReviewNodeResolver>();
        services.AddScoped<INodeResolver, ReviewRequestNodeResolver>();
        services.AddScoped<INodeResolver, ComplaintNodeResolver>();
        services.AddScoped<INodeResolver, ResolutionMeetingRequestNodeResolver>();
        services.AddScoped<INodeResolver, SafetyConcernNodeResolver>();
        return services;
    }
}
