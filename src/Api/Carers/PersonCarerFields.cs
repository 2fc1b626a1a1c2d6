using CarePlanGraph.Api.Graph.DataLoading;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.People;
using CarePlanGraph.Domain.People;
using GraphQL;
using GraphQL.Types;

namespace CarePlanGraph.Api.Carers;

/// <summary>The person's carers, on <c>Person</c> (R33).</summary>
internal sealed class PersonCarerFields : ITypeExtension<PersonType>
{
    public void Extend(PersonType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CarerType>>>>("carers")
            .Description("R33: the carers the person recorded with their consent, withdrawn ones included (`consentInForce`), oldest first. "
                + "For the person, their Key Worker and administrators; empty for everyone else.")
            .Resolve()
            .WithService<AccessScope>()
            .WithService<CarersByPersonLoader>()
            .ResolveAsync(async (c, scope, carers) =>
            {
                var caller = await scope.RequireCallerAsync(c.CancellationToken).ConfigureAwait(false);
                return AccessScope.SeesCarersOf(caller, c.Source)
                    ? carers.Load(c.Source.Id).Then(list => list ?? [])
                    : (object)Array.Empty<Carer>();
            });
    }
}
