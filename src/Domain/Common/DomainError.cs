namespace CarePlanGraph.Domain.Common;

/// <summary>
/// A refusal the domain explains to the person or professional who asked: a stable code and a message
/// they can act on. Each kind of refusal is its own subtype, so the API can expose it as a typed error.
/// A concrete subtype says, with <c>[Description]</c>, what it means to a client developer, and marks the same way each
/// property worth exposing: the API builds the error's GraphQL type from these alone, so they are written once, here.
/// </summary>
public abstract record DomainError(string Code, string Message);
