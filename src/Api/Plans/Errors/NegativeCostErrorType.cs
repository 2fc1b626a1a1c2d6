using CarePlanGraph.Api.Budgets;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class NegativeCostErrorType : DomainErrorGraphType<NegativeCostError>
{
    public NegativeCostErrorType()
        : base("NegativeCostError", "R03, R04: a unit cost cannot be negative. Unpaid support is recorded with a unit cost of 0.")
    {
        Field<NonNullGraphType<MoneyType>>("unitCost").Description("The unit cost given.").Resolve(c => c.Source.UnitCost);
    }
}
