using GraphQL.Types;

namespace CarePlanGraph.Api.Graph.Mutations;

/// <summary>
/// The <c>Error</c> interface every typed mutation error implements (Hot Chocolate's mutation conventions), so a
/// client can always show <c>message</c> and branch on <c>code</c> even for an error type it does not know yet.
/// </summary>
public sealed class ErrorInterfaceType : InterfaceGraphType
{
    public const string TypeName = "Error";

    public ErrorInterfaceType()
    {
        Name = TypeName;
        Description = "A reason a mutation was refused, returned as data in the payload's `errors`. Every error type implements this: "
            + "show `message` to people, branch on `code` (or on `__typename`) in code. Select the error type's own fields for the details.";
        Field<NonNullGraphType<StringGraphType>>("message")
            .Description("What went wrong and what to do about it, in plain English, fit to show to the person using your application.");
        Field<NonNullGraphType<StringGraphType>>("code")
            .Description("A stable, machine-readable code in SCREAMING_SNAKE_CASE, e.g. `OVER_BUDGET`. Codes never change meaning; new ones may be added.");
    }
}
