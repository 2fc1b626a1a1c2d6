using CarePlanGraph.Domain.Agreement;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class BestInterestsNotConfirmedErrorType : AgreementCheckErrorGraphType<BestInterestsNotConfirmedError>
{
    public BestInterestsNotConfirmedErrorType()
        : base("BestInterestsNotConfirmedError", "R13: someone other than the person completed the plan, and no one has confirmed they acted in the person's best interests. Record it with `confirmBestInterests` (anyone but the person).")
    {
        Field<NonNullGraphType<PlanPreparedByType>>("preparedBy").Description("Who prepared the version.").Resolve(c => c.Source.PreparedBy);
    }
}
