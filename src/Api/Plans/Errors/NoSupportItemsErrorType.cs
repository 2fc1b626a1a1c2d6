using CarePlanGraph.Domain.Agreement;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class NoSupportItemsErrorType : AgreementCheckErrorGraphType<NoSupportItemsError>
{
    public NoSupportItemsErrorType()
        : base("NoSupportItemsError", "R10: the version has no support items, so it shows no support arranged at all. Add items with `addSupportItem`.")
    {
    }
}
