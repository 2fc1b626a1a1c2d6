using CarePlanGraph.Domain.People;

namespace CarePlanGraph.Api.Carers.Mutations;

/// <summary>What a successful carer mutation changed: the carer, and the person they care for.</summary>
public sealed record CarerChange(Carer Carer, Person Person);
