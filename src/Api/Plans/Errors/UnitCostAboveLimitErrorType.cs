using CarePlanGraph.Api.Budgets;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class UnitCostAboveLimitErrorType : DomainErrorGraphType<UnitCostAboveLimitError>
{
    public UnitCostAboveLimitErrorType()
        : base("UnitCostAboveLimitError", "R04: the unit cost is absurdly high (above the sanity limit), usually pounds typed where pence were meant. `unitCostPence` is in pence: £22.50 is 2250.")
    {
        Field<NonNullGraphType<MoneyType>>("unitCost").Description("The unit cost given.").Resolve(c => c.Source.UnitCost);
        Field<NonNullGraphType<MoneyType>>("limit").Description("The highest unit cost accepted.").Resolve(c => c.Source.Limit);
    }
}
