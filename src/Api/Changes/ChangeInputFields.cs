using GraphQL.Types;

namespace CarePlanGraph.Api.Changes;

/// <summary>The input fields that name the record a mutation changes, declared once for every feature.</summary>
public static class ChangeInputFields
{
    /// <summary><c>planId</c>: the plan changed, or the plan a new record is about.</summary>
    public static void PlanId(InputObjectGraphType input) =>
        input.Field<NonNullGraphType<IdGraphType>>("planId")
            .Description("The plan's global ID (`CarePlan.id`). A plan you may not see is reported as `PlanNotFoundError`.");

    /// <summary><c>planId</c> and <c>expectedRevision</c>: the plan, and the revision of its current version the change is based on.</summary>
    public static void PlanTarget(InputObjectGraphType input)
    {
        PlanId(input);
        input.Field<IntGraphType>("expectedRevision")
            .Description("The `revision` of the plan's current version that you based this change on (optimistic concurrency). If someone else has changed the version since, "
                + "the change is refused with `EditConflictError` and theirs is kept. Leave it out to apply the change to the version as it is now.");
    }
}
