using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Graph.Mutations;

/// <summary>
/// Declares one mutation in Hot Chocolate's conventions: <c>name(input: NameInput!): NamePayload!</c>, where the
/// payload carries the changed objects and <c>errors: [NameError!]</c>, a union of typed errors that each implement
/// <c>Error</c>. The input, payload and union are built here so each mutation is declared in one place.
/// </summary>
public sealed class MutationFieldBuilder<T>
    where T : class
{
    private readonly ObjectGraphType _root;
    private readonly string _name;
    private readonly string _description;
    private readonly string _typePrefix;
    private readonly InputObjectGraphType _input;
    private readonly ObjectGraphType<MutationPayload<T>> _payload;
    private readonly UnionGraphType _errors;

    internal MutationFieldBuilder(ObjectGraphType root, string name, string description)
    {
        _root = root;
        _name = name;
        _description = description;
        _typePrefix = char.ToUpperInvariant(name[0]) + name[1..];
        _input = new InputObjectGraphType { Name = _typePrefix + "Input" };
        _payload = new ObjectGraphType<MutationPayload<T>> { Name = _typePrefix + "Payload" };
        _errors = new UnionGraphType { Name = _typePrefix + "Error" };
    }

    /// <summary>Describes the input type and declares its fields (each needs a description).</summary>
    public MutationFieldBuilder<T> Input(string description, Action<InputObjectGraphType> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _input.Description = description;
        fields(_input);
        return this;
    }

    /// <summary>Describes the payload type and declares the fields that expose the changed objects.</summary>
    public MutationFieldBuilder<T> Payload(string description, Action<ObjectGraphType<MutationPayload<T>>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _payload.Description = description + " When the mutation is refused, the other fields are null and `errors` says why.";
        fields(_payload);
        return this;
    }

    /// <summary>
    /// The typed errors the mutation can return as data: object graph types that implement <c>Error</c>, or the CLR
    /// types of error values when the mutation root maps them (<see cref="IErrorGraphTypeMapping"/>).
    /// </summary>
    public MutationFieldBuilder<T> Errors(params Type[] errorTypes)
    {
        ArgumentNullException.ThrowIfNull(errorTypes);
        foreach (var type in errorTypes.Select(GraphTypeOf).Distinct())
        {
            if (!typeof(IObjectGraphType).IsAssignableFrom(type))
            {
                throw new ArgumentException($"{type.Name} is not an object graph type, so it cannot be a member of {_errors.Name}.", nameof(errorTypes));
            }

            _errors.Type(type);
        }

        return this;
    }

    private Type GraphTypeOf(Type type) =>
        typeof(IGraphType).IsAssignableFrom(type) || _root is not IErrorGraphTypeMapping mapping ? type : mapping.GraphTypeOf(type);

    /// <summary>
    /// Adds the field to the mutation root. The input binds once to <typeparamref name="TInput"/> (see
    /// <see cref="InputBinder"/>), and the resolver gets the service it works with from the request's scope.
    /// </summary>
    public void Resolve<TInput, TService>(Func<TService, TInput, CancellationToken, Task<MutationPayload<T>>> resolve)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(resolve);
        Add<TInput>((services, input, cancellationToken) => resolve(services.GetRequiredService<TService>(), input, cancellationToken));
    }

    /// <summary>As <see cref="Resolve{TInput, TService}"/>, for a resolver that needs a second service (options, a calendar).</summary>
    public void Resolve<TInput, TService, TOther>(Func<TService, TOther, TInput, CancellationToken, Task<MutationPayload<T>>> resolve)
        where TService : notnull
        where TOther : notnull
    {
        ArgumentNullException.ThrowIfNull(resolve);
        Add<TInput>((services, input, cancellationToken) =>
            resolve(services.GetRequiredService<TService>(), services.GetRequiredService<TOther>(), input, cancellationToken));
    }

    private void Add<TInput>(Func<IServiceProvider, TInput, CancellationToken, Task<MutationPayload<T>>> resolve)
    {
        EnsureInputMatches(typeof(TInput));
        _errors.Description = $"Every way `{_name}` can be refused as data. Each member implements `Error`; select `... on Error {{ code message }}` "
            + "to handle kinds your client does not know yet.";
        _payload.Field("errors", new ListGraphType(new NonNullGraphType(_errors)))
            .Description($"Why `{_name}` was refused: every reason at once, each as a typed error; a refused mutation changes nothing. Null when it succeeded.")
            .Resolve(context => context.Source.Errors);
        _root.Field(_name, new NonNullGraphType(_payload))
            .Description(_description)
            .Argument(new NonNullGraphType(_input), "input", argument => argument.Description = $"Everything `{_name}` needs, in one object.")
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices ?? throw new InvalidOperationException("Mutations run with the request's services.");
                var input = services.GetRequiredService<InputBinder>().Bind<TInput>(context.GetArgument<Dictionary<string, object?>>("input"), "input");
                return await resolve(services, input, context.CancellationToken).ConfigureAwait(false);
            });
    }

    /// <summary>The typed input and the declared input type must name the same fields, or the schema does not build.</summary>
    private void EnsureInputMatches(Type inputType)
    {
        var bound = InputBinder.FieldNames(inputType).Order(StringComparer.Ordinal).ToArray();
        var declared = _input.Fields.Select(f => f.Name).Order(StringComparer.Ordinal).ToArray();
        if (!bound.SequenceEqual(declared))
        {
            throw new InvalidOperationException(
                $"{_input.Name} declares [{string.Join(", ", declared)}] but {inputType.Name} binds [{string.Join(", ", bound)}].");
        }
    }
}
