using GraphQL.Types;

namespace CarePlanGraph.Api.Graph.Mutations;

/// <summary>
/// Base for the object types of typed mutation errors: implements <c>Error</c> (message and code) and recognises
/// its own values, so error unions and the interface resolve without a central switch. Subclasses add the
/// fields that say exactly what was wrong.
/// </summary>
public abstract class ErrorGraphType<TError> : ObjectGraphType<TError>
    where TError : class
{
    protected ErrorGraphType(string name, string description, Func<TError, string> message, Func<TError, string> code)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(code);
        Name = name;
        Description = description;
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is TError;
        Field<NonNullGraphType<StringGraphType>>("message")
            .Description("What went wrong and what to do about it, in plain English, fit to show to people.")
            .Resolve(context => message(context.Source));
        Field<NonNullGraphType<StringGraphType>>("code")
            .Description("The stable, machine-readable code of this error.")
            .Resolve(context => code(context.Source));
    }
}
