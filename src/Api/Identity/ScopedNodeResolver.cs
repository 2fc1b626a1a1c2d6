using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Domain.Common;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Identity;

/// <summary>Resolves a node only from what the caller may see, so a hidden record and a missing one look the same.</summary>
public abstract class ScopedNodeResolver<TEntity>(string typeName) : INodeResolver
    where TEntity : class
{
    public string TypeName { get; } = typeName;

    public async Task<object?> ResolveAsync(IResolveFieldContext context, Guid id)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scope = context.RequestServices!.GetRequiredService<AccessScope>();
        var visible = await VisibleAsync(scope, context.CancellationToken).ConfigureAwait(false);
        var key = new Id<TEntity>(id);
        return await visible
            .AsNoTracking()
            .FirstOrDefaultAsync(entity => EF.Property<Id<TEntity>>(entity, "Id") == key, context.CancellationToken)
            .ConfigureAwait(false);
    }

    protected abstract Task<IQueryable<TEntity>> VisibleAsync(AccessScope scope, CancellationToken cancellationToken);
}
