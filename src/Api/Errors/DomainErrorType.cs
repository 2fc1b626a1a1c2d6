using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Api.Errors;

/// <summary>
/// The object type of an error whose fields are all plain values (text, numbers, dates, money, enums, IDs): everything
/// comes from its record, so such an error needs no graph type of its own. <see cref="ErrorGraphTypes"/> picks it.
/// </summary>
public sealed class DomainErrorType<TError> : DomainErrorGraphType<TError>
    where TError : DomainError;
