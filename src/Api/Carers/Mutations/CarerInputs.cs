using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;

namespace CarePlanGraph.Api.Carers.Mutations;

public sealed record RecordCarerInput(Id<Person> PersonId, string FullName, string Relationship, string Username, IReadOnlyList<CarerConsent> Consents);

public sealed record WithdrawCarerConsentInput(Id<Carer> CarerId);
