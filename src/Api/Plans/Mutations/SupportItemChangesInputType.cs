using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Mutations;

public sealed class SupportItemChangesInputType : InputObjectGraphType
{
    public SupportItemChangesInputType()
    {
        Name = "SupportItemChangesInput";
        Description = "Changes to a support item. Only the fields you send change; send null for `arrangement`, `providerId` or `providerName` to clear it. The result is checked as a new item would be.";
        SupportItemFields.Add(this, required: false);
    }
}
