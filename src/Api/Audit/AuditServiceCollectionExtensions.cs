using GraphQL.DI;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarePlanGraph.Api.Audit;

/// <summary>
/// Registers the audit log (R30): each request's trail of reads, the group-commit writer of read rows (with
/// <see cref="AuditOptions"/> bound from <c>Audit</c>), and the save interceptor that writes change rows.
/// </summary>
public static class AuditServiceCollectionExtensions
{
    public static IServiceCollection AddAudit(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AuditOptions>()
            .Bind(configuration.GetSection(AuditOptions.SectionName))
            .Validate(options => options.MaxBatch > 0, "Audit:MaxBatch must be positive.")
            .Validate(options => options.QueueCapacity > 0, "Audit:QueueCapacity must be positive.")
            .ValidateOnStart();
        services.AddScoped<AuditTrail>();
        services.AddSingleton<IInterceptor, AuditSaveChangesInterceptor>();
        services.AddSingleton<IAuditRowStore, DatabaseAuditRowStore>();
        services.AddSingleton<AuditWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<AuditWriter>());
        services.AddSingleton<IConfigureExecution, UnauditedReadsWithheld>();
        return services;
    }
}
