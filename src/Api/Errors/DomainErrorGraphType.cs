using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using GraphQL.Types;

namespace CarePlanGraph.Api.Errors;

/// <summary>
/// The object type of one kind of domain refusal, built from what its record declares: name, description,
/// <c>message</c>, <c>code</c>, then the described properties of its base records (an agreement check's <c>check</c>),
/// then any fields a subclass adds, then the record's own described properties.
/// </summary>
public abstract class DomainErrorGraphType<TError> : ErrorGraphType<TError>
    where TError : DomainError
{
    protected DomainErrorGraphType()
        : this(_ => { })
    {
    }

    /// <param name="references">
    /// Adds the fields that load what the error refers to (a plan, a support item …), which no convention can
    /// build; they sit between the inherited fields and the record's own, where clients have always found them.
    /// </param>
    protected DomainErrorGraphType(Action<DomainErrorGraphType<TError>> references)
        : base(typeof(TError).Name, ErrorDeclarations.DescriptionOf(typeof(TError)), error => error.Message, error => error.Code)
    {
        ArgumentNullException.ThrowIfNull(references);
        foreach (var field in ErrorDeclarations.InheritedFields(typeof(TError)))
        {
            Add(field);
        }

        references(this);
        foreach (var field in ErrorDeclarations.OwnFields(typeof(TError)))
        {
            Add(field);
        }
    }

    /// <summary>Adds a field that loads, batched with the rest of the response, the entity the error names by ID.</summary>
    public void Loads<TGraphType, TEntity>(string name, string description, Func<TError, Id<TEntity>> id)
        where TGraphType : IGraphType
        where TEntity : class =>
        Field<NonNullGraphType<TGraphType>>(name)
            .Description(description)
            .Resolve(context => context.RequestServices!.GetRequiredService<ByIdLoader<TEntity>>().Load(id(context.Source)));

    private void Add(ErrorField field) =>
        Field(field.Name, field.GraphType).Description(field.Description).Resolve(context => field.Resolve(context.Source));
}
