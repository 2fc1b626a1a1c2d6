using CarePlanGraph.Api.Graph.Filtering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Graph.Paging;

public static class PagingServiceCollectionExtensions
{
    /// <summary>
    /// The cursor codec, keyed by <c>Paging:CursorKey</c> (base64 of 32 random bytes or more; every instance of a
    /// deployment must share it). Unset, each process makes its own key: fine for one instance, but its cursors stop
    /// working when it restarts. The generic filter input types, which assembly scanning does not register.
    /// </summary>
    public static IServiceCollection AddPaging(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(_ => CursorCodec.FromKey(configuration["Paging:CursorKey"]));
        services.AddTransient(typeof(ComparableOperationFilterInputType<>));
        services.AddTransient(typeof(EnumOperationFilterInputType<>));
        return services;
    }
}
