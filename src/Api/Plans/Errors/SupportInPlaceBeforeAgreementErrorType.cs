using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class SupportInPlaceBeforeAgreementErrorType : DomainErrorGraphType<SupportInPlaceBeforeAgreementError>
{
    public SupportInPlaceBeforeAgreementErrorType()
        : base("SupportInPlaceBeforeAgreementError", "R19: support cannot have been in place under this plan before the plan was agreed. Give a date on or after `agreedOn`.")
    {
        Field<NonNullGraphType<DateType>>("inPlaceOn").Description("The date given.").Resolve(c => c.Source.InPlaceOn);
        Field<NonNullGraphType<DateType>>("agreedOn").Description("The day the version in force was agreed.").Resolve(c => c.Source.AgreedOn);
    }
}
