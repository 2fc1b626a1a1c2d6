using CarePlanGraph.Api.Audit;
using CarePlanGraph.Api.Complaints;
using CarePlanGraph.Api.Graph.Authorization;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Paging;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Organisations;
using CarePlanGraph.Api.People;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Api.Reviews;
using CarePlanGraph.Api.Risks;
using CarePlanGraph.Api.Safeguarding;
using CarePlanGraph.Api.Viewer;
using CarePlanGraph.Domain.Audit;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

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
            .Resolve()
            .WithService<AccessScope>()
            .ResolveAsync(async (c, scope) => await scope.RequireCallerAsync(c.CancellationToken).ConfigureAwait(false));
        Field<ConnectionGraphType<PersonType, Person>>("people")
            .Description("The people you may see, by full name (change it with `order`). Filter (`where`) and sort (`order`) on: full name, preferred name, reference, date of birth; filter on Key Worker too.")
            .ConnectionArguments(PeopleConnection.Definition)
            .Resolve()
            .WithService<AccessScope>()
            .ResolveAsync(async (c, scope) =>
            {
                var people = await scope.PeopleAsync(c.CancellationToken).ConfigureAwait(false);
                return await Pager.ToConnectionAsync(people.AsNoTracking(), c, PeopleConnection.Definition).ConfigureAwait(false);
            });
        Field<ConnectionGraphType<CarePlanType, CarePlan>>("plans")
            .Description("The care and support plans you may see, oldest first (change it with `order`). Filter (`where`) on: status, createdAt, supportInPlaceOn, nextReviewDue, person, the person's Key Worker (keyWorker); and, not for providers (refused with AUTH_FIELD_FORBIDDEN), the indicative budget, personal budget, assessed contribution and current version's cost a year in pence, whether the current version costs more than the indicative budget (overIndicativeBudget), and the support items (provider, description, unit cost, quantity). "
                + "Sort on: createdAt, supportInPlaceOn, nextReviewDue; and, not for providers, the indicative budget, personal budget and current cost.")
            .ConnectionArguments(PlansConnection.Definition)
            .Resolve()
            .WithService<AccessScope>()
            .ResolveAsync(async (c, scope) =>
            {
                var plans = await scope.PlansAsync(c.CancellationToken).ConfigureAwait(false);
                return await Pager.ToConnectionAsync(plans.AsNoTracking(), c, PlansConnection.Definition).ConfigureAwait(false);
            });
        AddAuditLog();
        OrganisationQueryFields.AddTo(this);
        ReviewQueryFields.AddTo(this);
        SafeguardingQueryFields.AddTo(this);
        ComplaintQueryFields.AddTo(this);
        RiskPanelQueryFields.AddTo(this);
        Integrations.IntegrationQueryFields.AddTo(this);
    }

    private void AddAuditLog()
    {
        Field<ConnectionGraphType<AuditEntryType, AuditEntry>>("auditLog")
            .Description("The append-only audit log of reads and changes to people's records, newest first. Administrators only.")
            .ConnectionArguments(AuditConnection.Definition)
            .Argument<IdGraphType>("personId", "Only rows about this person.")
            .Policy(FieldPolicies.AdministratorsOnly)
            .Resolve()
            .WithService<CarePlanDbContext>()
            .ResolveAsync(async (c, db) =>
            {
                var rows = db.AuditEntries.AsNoTracking();
                if (c.GetArgument<string?>("personId") is { } personId)
                {
                    var person = new Id<Person>(NodeId.DecodeAs(personId, "Person", "personId"));
                    rows = rows.Where(e => e.PersonId == person);
                }

                return await Pager.ToConnectionAsync(rows, c, AuditConnection.Definition).ConfigureAwait(false);
            });
    }
}
