using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Paging;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Organisations;

/// <summary>Finding an organisation to name: providers, support planners and advocacy organisations.</summary>
public static class OrganisationQueryFields
{
    /// <summary>Organisations by name; filterable on name, handle and kind, sortable on name and handle.</summary>
    public static readonly ConnectionDefinition<Organisation> Connection = ConnectionDefinition.For<Organisation, Id<Organisation>>("organisations", "Organisation", o => o.Id)
        .OrderedBy(o => o.Name)
        .Filtering(f => f
            .Text("name", o => o.Name, "The organisation's name.")
            .Text("handle", o => o.Handle, "The organisation's short handle.")
            .Enum<OrganisationKindType, OrganisationKind>("kind", o => o.Kind, "What kind of organisation it is."))
        .Sorting(s => s
            .Field("name", o => o.Name, "The organisation's name.")
            .Field("handle", o => o.Handle, "The organisation's short handle."));

    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<ConnectionGraphType<OrganisationType, Organisation>>("organisations")
            .Description("The organisations the council knows, by name: service providers, independent support planners and advocacy organisations. "
                + "Anyone signed in may list them, to name one (a support item's `providerId`, a helper's `organisationId`, an advocate).")
            .ConnectionArguments(Connection)
            .Argument<OrganisationKindType>("kind", "Only organisations of this kind.")
            .Resolve()
            .WithService<AccessScope>()
            .ResolveAsync(async (c, scope) =>
            {
                var organisations = await scope.OrganisationsAsync(c.CancellationToken).ConfigureAwait(false);
                if (c.GetArgument<OrganisationKind?>("kind") is { } kind)
                {
                    organisations = organisations.Where(o => o.Kind == kind);
                }

                return await Pager.ToConnectionAsync(organisations.AsNoTracking(), c, Connection).ConfigureAwait(false);
            });
    }
}
