using CarePlanGraph.Api.Graph.DataLoading;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.People;
using GraphQL.Types;

namespace CarePlanGraph.Api.People;

public sealed class PersonType : NodeGraphType<Person>
{
    public PersonType(IEnumerable<ITypeExtension<PersonType>> extensions)
        : base("Person", "An adult with eligible care and support needs.", p => p.Id.Value)
    {
        Field<NonNullGraphType<StringGraphType>>("reference").Description("The council's reference for the person, e.g. `p-ada`.").Resolve(c => c.Source.Reference);
        Field<NonNullGraphType<StringGraphType>>("fullName").Description("The person's full name.").Resolve(c => c.Source.FullName);
        Field<NonNullGraphType<StringGraphType>>("preferredName").Description("What the person likes to be called.").Resolve(c => c.Source.PreferredName);
        Field<NonNullGraphType<DateType>>("dateOfBirth").Description("The person's date of birth.").Resolve(c => c.Source.DateOfBirth);
        Field<NonNullGraphType<StaffMemberType>>("keyWorker")
            .Description("The person's Key Worker: their focal point and central point of contact.")
            .Resolve()
            .WithService<ByIdLoader<StaffMember>>()
            .Resolve((c, staff) => staff.Load(c.Source.KeyWorkerId));

        // Plans and assessments add the person's plans and assessments (R01, R31).
        ArgumentNullException.ThrowIfNull(extensions);
        foreach (var extension in extensions)
        {
            extension.Extend(this);
        }
    }
}
