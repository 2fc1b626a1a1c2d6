using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Domain.Complaints;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Complaints;

/// <summary>Registers complaints and meetings with key staff (R17, R25): the working calendar, loaders, node resolvers and the fields on <c>CarePlan</c>.</summary>
public static class ComplaintsServiceCollectionExtensions
{
    public static IServiceCollection AddComplaints(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ComplaintsOptions>().Bind(configuration.GetSection(ComplaintsOptions.SectionName));
        services.AddSingleton(provider => new WorkingCalendar(provider.GetRequiredService<IOptions<ComplaintsOptions>>().Value.EffectiveBankHolidays));
        services.AddScoped<ComplaintsByPlanLoader>();
        services.AddScoped<ResolutionMeetingRequestsByPlanLoader>();
        services.AddScoped<INodeResolver, ComplaintNodeResolver>();
        services.AddScoped<INodeResolver, ResolutionMeetingRequestNodeResolver>();
        services.AddSingleton<ITypeExtension<CarePlanType>, ComplaintPlanFields>();
        return services;
    }
}
