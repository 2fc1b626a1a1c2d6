using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class VersionNotEditableErrorType : DomainErrorGraphType<VersionNotEditableError>
{
    public VersionNotEditableErrorType()
        : base("VersionNotEditableError", "R07: only the current version, while it is DRAFT or CHANGES_REQUIRED, can be edited. A submitted version waits for the council's decision; an agreed one is never edited: start a revision with `startRevision`.")
    {
        Field<NonNullGraphType<IntGraphType>>("versionNumber").Description("The version that cannot be edited.").Resolve(c => c.Source.VersionNumber);
        Field<NonNullGraphType<VersionStatusType>>("status").Description("Its status.").Resolve(c => c.Source.Status);
    }
}
