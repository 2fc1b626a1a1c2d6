using CarePlanGraph.Api.Plans;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Complaints;
using GraphQL.Types;

namespace CarePlanGraph.Api.Complaints.Errors;

public sealed class NoDeclineToDiscussErrorType : DomainErrorGraphType<NoDeclineToDiscussError>
{
    public NoDeclineToDiscussErrorType()
        : base("NoDeclineToDiscussError", "R17: a meeting with all key staff is for when the council has not agreed the plan (or a revision), and its current version is not declined.")
    {
        Field<NonNullGraphType<IntGraphType>>("versionNumber").Description("The plan's current version.").Resolve(c => c.Source.VersionNumber);
        Field<NonNullGraphType<VersionStatusType>>("versionStatus").Description("That version's status.").Resolve(c => c.Source.VersionStatus);
    }
}
