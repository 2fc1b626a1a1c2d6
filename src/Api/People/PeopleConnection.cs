using CarePlanGraph.Api.Graph.Paging;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;

namespace CarePlanGraph.Api.People;

/// <summary>The <c>people</c> list: by full name; filterable and sortable on names, reference, date of birth (and filterable on Key Worker).</summary>
public static class PeopleConnection
{
    public static readonly ConnectionDefinition<Person> Definition = ConnectionDefinition.For<Person, Id<Person>>("people", "Person", p => p.Id)
        .OrderedBy(p => p.FullName)
        .Filtering(f => f
            .Text("fullName", p => p.FullName, "The person's full name.")
            .Text("preferredName", p => p.PreferredName, "What the person likes to be called.")
            .Text("reference", p => p.Reference, "The council's reference, e.g. `p-ada`.")
            .Comparable<DateType, DateOnly>("dateOfBirth", p => p.DateOfBirth, "The person's date of birth.")
            .Id("keyWorker", p => p.KeyWorkerId, (id, at) => new Id<StaffMember>(NodeId.DecodeAs(id, "StaffMember", at)), "The person's Key Worker (a StaffMember ID)."))
        .Sorting(s => s
            .Field("fullName", p => p.FullName, "The person's full name.")
            .Field("preferredName", p => p.PreferredName, "What the person likes to be called.")
            .Field("reference", p => p.Reference, "The council's reference.")
            .Field("dateOfBirth", p => p.DateOfBirth, "The person's date of birth."));
}
