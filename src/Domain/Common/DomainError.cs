namespace CarePlanGraph.Domain.Common;

/// <summary>
/// A refusal the domain explains to the person or professional who asked: a stable code and a message
/// they can act on. Each kind of refusal is its own subtype, so the API can expose it as a typed error.
/// </summary>
public abstract record DomainError(string Code, string Message);
