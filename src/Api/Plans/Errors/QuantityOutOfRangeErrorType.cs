using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class QuantityOutOfRangeErrorType : DomainErrorGraphType<QuantityOutOfRangeError>
{
    public QuantityOutOfRangeErrorType()
        : base("QuantityOutOfRangeError", "R04: the quantity is impossible for the frequency (e.g. more than 168 hours a week). Check `quantity` against `minimum` and `maximum`.")
    {
        Field<NonNullGraphType<IntGraphType>>("quantity").Description("The quantity given.").Resolve(c => c.Source.Quantity);
        Field<NonNullGraphType<CostFrequencyType>>("frequency").Description("The frequency given.").Resolve(c => c.Source.Frequency);
        Field<NonNullGraphType<IntGraphType>>("minimum").Description("The smallest quantity allowed.").Resolve(c => c.Source.Minimum);
        Field<NonNullGraphType<IntGraphType>>("maximum").Description("The largest quantity this frequency allows.").Resolve(c => c.Source.Maximum);
    }
}
