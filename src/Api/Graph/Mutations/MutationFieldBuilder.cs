using GraphQL;
using GraphQL.Types;

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

    /// <summary>Adds the field to the mutation root. The resolver reads the input and returns the payload.</summary>
    public void Resolve(Func<IResolveFieldContext, MutationInput, Task<MutationPayload<T>>> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
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
                var values = context.GetArgument<Dictionary<string, object?>>("input");
                return await resolve(context, new MutationInput(values, "input")).ConfigureAwait(false);
            });
    }
}
