namespace CarePlanGraph.Api.Errors;

/// <summary>One field of an error type, as an error record declares it: what to call it, what it means, and how to read it.</summary>
internal sealed record ErrorField(string Name, string Description, Type GraphType, Func<object, object?> Resolve);
