using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Api.Plans.Errors;

/// <summary>The object type of one kind of domain refusal: its message and stable code, plus the fields subclasses add.</summary>
public abstract class DomainErrorGraphType<TError>(string name, string description)
    : ErrorGraphType<TError>(name, description, error => error.Message, error => error.Code)
    where TError : DomainError;
