using GraphQL;
using GraphQL.Builders;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>
/// Resolvers that receive the request's services as arguments, so field code never looks services up itself:
/// <c>field.Resolve().WithService&lt;Loader&gt;().Resolve((context, loader) => …)</c>. The one lookup is here.
/// Each builder binds its services once (<c>Bind</c>) and hands the bound resolver to the field as a plain, an
/// asynchronous or a subscription stream resolver.
/// </summary>
public static class ServiceResolverExtensions
{
    /// <summary>Starts a resolver that takes services from the request's scope.</summary>
    public static ServiceResolverBuilder<TSource, TReturn> Resolve<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => new(field);

    internal static T Service<T>(IResolveFieldContext context)
        where T : notnull =>
        (context.RequestServices ?? throw new InvalidOperationException("Fields resolve with the request's services.")).GetRequiredService<T>();
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

    public FieldBuilder<TSource, TReturn> Resolve(Func<IResolveFieldContext<TSource>, TService, TReturn?> resolve) => field.Resolve(Bind(resolve));

    public FieldBuilder<TSource, TReturn> ResolveAsync(Func<IResolveFieldContext<TSource>, TService, Task<TReturn?>> resolve) => field.ResolveAsync(Bind(resolve));

    public FieldBuilder<TSource, TReturn> ResolveStreamAsync(Func<IResolveFieldContext<TSource>, TService, Task<IObservable<TReturn?>>> resolve) => field.ResolveStreamAsync(Bind(resolve));

    private static Func<IResolveFieldContext<TSource>, TResult> Bind<TResult>(Func<IResolveFieldContext<TSource>, TService, TResult> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return context => resolve(context, ServiceResolverExtensions.Service<TService>(context));
    }
}

/// <summary>A resolver with two services.</summary>
public sealed class ServiceResolverBuilder<TSource, TReturn, TService, TOther>(FieldBuilder<TSource, TReturn> field)
    where TService : notnull
    where TOther : notnull
{
    public ServiceResolverBuilder<TSource, TReturn, TService, TOther, TThird> WithService<TThird>()
        where TThird : notnull => new(field);

    public FieldBuilder<TSource, TReturn> Resolve(Func<IResolveFieldContext<TSource>, TService, TOther, TReturn?> resolve) => field.Resolve(Bind(resolve));

    public FieldBuilder<TSource, TReturn> ResolveAsync(Func<IResolveFieldContext<TSource>, TService, TOther, Task<TReturn?>> resolve) => field.ResolveAsync(Bind(resolve));

    public FieldBuilder<TSource, TReturn> ResolveStreamAsync(Func<IResolveFieldContext<TSource>, TService, TOther, Task<IObservable<TReturn?>>> resolve) => field.ResolveStreamAsync(Bind(resolve));

    private static Func<IResolveFieldContext<TSource>, TResult> Bind<TResult>(Func<IResolveFieldContext<TSource>, TService, TOther, TResult> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return context => resolve(
            context,
            ServiceResolverExtensions.Service<TService>(context),
            ServiceResolverExtensions.Service<TOther>(context));
    }
}

/// <summary>A resolver with three services.</summary>
public sealed class ServiceResolverBuilder<TSource, TReturn, TService, TOther, TThird>(FieldBuilder<TSource, TReturn> field)
    where TService : notnull
    where TOther : notnull
    where TThird : notnull
{
    public ServiceResolverBuilder<TSource, TReturn, TService, TOther, TThird, TFourth> WithService<TFourth>()
        where TFourth : notnull => new(field);

    public FieldBuilder<TSource, TReturn> Resolve(Func<IResolveFieldContext<TSource>, TService, TOther, TThird, TReturn?> resolve) => field.Resolve(Bind(resolve));

    public FieldBuilder<TSource, TReturn> ResolveAsync(Func<IResolveFieldContext<TSource>, TService, TOther, TThird, Task<TReturn?>> resolve) => field.ResolveAsync(Bind(resolve));

    public FieldBuilder<TSource, TReturn> ResolveStreamAsync(Func<IResolveFieldContext<TSource>, TService, TOther, TThird, Task<IObservable<TReturn?>>> resolve) => field.ResolveStreamAsync(Bind(resolve));

    private static Func<IResolveFieldContext<TSource>, TResult> Bind<TResult>(Func<IResolveFieldContext<TSource>, TService, TOther, TThird, TResult> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return context => resolve(
            context,
            ServiceResolverExtensions.Service<TService>(context),
            ServiceResolverExtensions.Service<TOther>(context),
            ServiceResolverExtensions.Service<TThird>(context));
    }
}

/// <summary>A resolver with four services.</summary>
public sealed class ServiceResolverBuilder<TSource, TReturn, TService, TOther, TThird, TFourth>(FieldBuilder<TSource, TReturn> field)
    where TService : notnull
    where TOther : notnull
    where TThird : notnull
    where TFourth : notnull
{
    public ServiceResolverBuilder<TSource, TReturn, TService, TOther, TThird, TFourth, TFifth> WithService<TFifth>()
        where TFifth : notnull => new(field);

    public FieldBuilder<TSource, TReturn> Resolve(Func<IResolveFieldContext<TSource>, TService, TOther, TThird, TFourth, TReturn?> resolve) => field.Resolve(Bind(resolve));

    public FieldBuilder<TSource, TReturn> ResolveAsync(Func<IResolveFieldContext<TSource>, TService, TOther, TThird, TFourth, Task<TReturn?>> resolve) => field.ResolveAsync(Bind(resolve));

    public FieldBuilder<TSource, TReturn> ResolveStreamAsync(Func<IResolveFieldContext<TSource>, TService, TOther, TThird, TFourth, Task<IObservable<TReturn?>>> resolve) => field.ResolveStreamAsync(Bind(resolve));

    private static Func<IResolveFieldContext<TSource>, TResult> Bind<TResult>(Func<IResolveFieldContext<TSource>, TService, TOther, TThird, TFourth, TResult> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return context => resolve(
            context,
            ServiceResolverExtensions.Service<TService>(context),
            ServiceResolverExtensions.Service<TOther>(context),
            ServiceResolverExtensions.Service<TThird>(context),
            ServiceResolverExtensions.Service<TFourth>(context));
    }
}

/// <summary>A resolver with five services, the most any field needs (the <c>planStatusChanged</c> stream).</summary>
public sealed class ServiceResolverBuilder<TSource, TReturn, TService, TOther, TThird, TFourth, TFifth>(FieldBuilder<TSource, TReturn> field)
    where TService : notnull
    where TOther : notnull
    where TThird : notnull
    where TFourth : notnull
    where TFifth : notnull
{
    public FieldBuilder<TSource, TReturn> Resolve(Func<IResolveFieldContext<TSource>, TService, TOther, TThird, TFourth, TFifth, TReturn?> resolve) => field.Resolve(Bind(resolve));

    public FieldBuilder<TSource, TReturn> ResolveAsync(Func<IResolveFieldContext<TSource>, TService, TOther, TThird, TFourth, TFifth, Task<TReturn?>> resolve) => field.ResolveAsync(Bind(resolve));

    public FieldBuilder<TSource, TReturn> ResolveStreamAsync(Func<IResolveFieldContext<TSource>, TService, TOther, TThird, TFourth, TFifth, Task<IObservable<TReturn?>>> resolve) => field.ResolveStreamAsync(Bind(resolve));

    private static Func<IResolveFieldContext<TSource>, TResult> Bind<TResult>(Func<IResolveFieldContext<TSource>, TService, TOther, TThird, TFourth, TFifth, TResult> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return context => resolve(
            context,
            ServiceResolverExtensions.Service<TService>(context),
            ServiceResolverExtensions.Service<TOther>(context),
            ServiceResolverExtensions.Service<TThird>(context),
            ServiceResolverExtensions.Service<TFourth>(context),
            ServiceResolverExtensions.Service<TFifth>(context));
    }
}
