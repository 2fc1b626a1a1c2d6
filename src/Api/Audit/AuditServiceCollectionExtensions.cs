using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarePlanGraph.Api.Audit;

/// <summary>Registers the audit log (R30): each request's trail of reads, and the save interceptor that writes change rows.</summary>
public static class AuditServiceCollectionExtensions
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddScoped<AuditTrail>();
        services.AddScoped<IInterceptor, AuditSaveChangesInterceptor>();
        return services;
    }
}
