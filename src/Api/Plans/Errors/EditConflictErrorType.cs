using CarePlanGraph.Domain.Common;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class EditConflictErrorType : DomainErrorGraphType<EditConflictError>
{
    public EditConflictErrorType()
        : base("EditConflictError", "Optimistic concurrency: someone else changed the version since you read it, so your change was not made and theirs is kept. Reload the plan (its `currentVersion.revision`), reapply your change, and send the new revision as `expectedRevision`.")
    {
        Field<NonNullGraphType<IntGraphType>>("expectedRevision").Description("The revision your change was based on.").Resolve(c => c.Source.ExpectedRevision);
        Field<NonNullGraphType<IntGraphType>>("actualRevision").Description("The version's revision now.").Resolve(c => c.Source.ActualRevision);
    }
}
