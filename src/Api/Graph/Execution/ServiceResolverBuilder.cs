using GraphQL;
using GraphQL.Builders;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>
/// Resolvers that receive the request's services as arguments, so field code never looks services up itself:
/// <c>field.Resolve().WithService&lt;Loader&gt;().Resolve((context, loader) => …)</c>. The one lookup is here.
/// </summary>
public static class ServiceResolverExtensions
{
    /// <summary>Starts a resolver that takes services from the request's scope.</summary>
    public static ServiceResolverBuilder<TSource, TReturn> Resolve<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => new(field);
}

/// <summary>The field whose resolver is being given services.</summary>
public sealed class ServiceResolverBuilder<TSource, TReturn>(FieldBuilder<TSource, TReturn> field)
{
    public ServiceResolverBuilder<TSource, TReturn, TService> WithService<TService>()
        where TService : notnull => new(field);
}

/// <summary>A resolver with one service.</summary>
public sealed class ServiceResolverBuilder<TSource, TReturn, TService>(FieldBuilder<TSource, TReturn> field)
    where TService : notnull
{
    public ServiceResolverBuilder<TSource, TReturn, TService, TOther> WithService<TOther>()
        where TOther : notnull => new(field);

    public FieldBuilder<TSource, TReturn> Resolve(Func<IResolveFieldContext<TSource>, TService, TReturn?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return field.Resolve(context => resolve(context, Service<TService>(context)));
    }

    public FieldBuilder<TSource, TReturn> ResolveAsync(Func<IResolveFieldContext<TSource>, TService, Task<TReturn?>> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return field.ResolveAsync(context => resolve(context, Service<TService>(context)));
    }

    internal static T Service<T>(IResolveFieldContext context)
        where T : notnull =>
        (context.RequestServices ?? throw new InvalidOperationException("Fields resolve with the request's services.")).GetRequiredService<T>();
}

/// <summary>A resolver with two services.</summary>
public sealed class ServiceResolverBuilder<TSource, TReturn, TService, TOther>(FieldBuilder<TSource, TReturn> field)
    where TService : notnull
    where TOther : notnull
{
    public FieldBuilder<TSource, TReturn> Resolve(Func<IResolveFieldContext<TSource>, TService, TOther, TReturn?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return field.Resolve(context => resolve(
            context,
            ServiceResolverBuilder<TSource, TReturn, TService>.Service<TService>(context),
            ServiceResolverBuilder<TSource, TReturn, TService>.Service<TOther>(context)));
    }

    public FieldBuilder<TSource, TReturn> ResolveAsync(Func<IResolveFieldContext<TSource>, TService, TOther, Task<TReturn?>> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return field.ResolveAsync(context => resolve(
            context,
            ServiceResolverBuilder<TSource, TReturn, TService>.Service<TService>(context),
            ServiceResolverBuilder<TSource, TReturn, TService>.Service<TOther>(context)));
    }
}
