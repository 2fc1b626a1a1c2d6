using CarePlanGraph.Api.Graph.Paging;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.People;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Api.Viewer;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Root;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Everything a caller may read. Lists only ever contain what the caller may see.";
        this.AddNodeFields();
        Field<NonNullGraphType<ViewerType>>("me")
            .Description("Who you are: your roles and the person, staff record or organisation you are.")
            .ResolveAsync(async c => await Scope(c).RequireCallerAsync(c.CancellationToken).ConfigureAwait(false));
        Field<ConnectionGraphType<PersonType, Person>>("people")
            .Description("The people you may see, by full name.")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                var people = await Scope(c).PeopleAsync(c.CancellationToken).ConfigureAwait(false);
                return await Pager.ToConnectionAsync(people.OrderBy(p => p.FullName).ThenBy(p => p.Id), c).ConfigureAwait(false);
            });
        Field<ConnectionGraphType<CarePlanType, CarePlan>>("plans")
            .Description("The care and support plans you may see, oldest first.")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                var plans = await Scope(c).PlansAsync(c.CancellationToken).ConfigureAwait(false);
                return await Pager.ToConnectionAsync(plans.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id), c).ConfigureAwait(false);
            });
    }

    private static AccessScope Scope(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<AccessScope>();
}
