using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Organisations;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Advocacy;
using CarePlanGraph.Domain.Organisations;
using GraphQL.Types;

namespace CarePlanGraph.Api.Advocacy;

public sealed class AdvocacyRecordType : ObjectGraphType<AdvocacyRecord>
{
    public AdvocacyRecordType()
    {
        Name = "Advocacy";
        Description = "What the Key Worker recorded about the person's need for an independent advocate (R22, Care Act s.67), the referral and the advocate assigned. "
            + "When the person has significant difficulty expressing their views and no one appropriate can speak for them, an advocate must be assigned before a review is completed or the plan agreed. Not for providers (R27).";
        Field<NonNullGraphType<BooleanGraphType>>("needAssessed").Description("True once the Key Worker has recorded whether the person needs an advocate.").Resolve(c => c.Source.NeedAssessed);
        Field<NonNullGraphType<BooleanGraphType>>("hasSignificantDifficulty").Description("The person has significant difficulty understanding, retaining or weighing information, or expressing their views.").Resolve(c => c.Source.HasSignificantDifficulty);
        Field<NonNullGraphType<BooleanGraphType>>("appropriatePersonAvailable").Description("Someone appropriate (not paid to care for them) can support and speak for the person.").Resolve(c => c.Source.AppropriatePersonAvailable);
        Field<StringGraphType>("appropriatePersonName").Description("Who that is, when there is someone.").Resolve(c => c.Source.AppropriatePersonName);
        Field<NonNullGraphType<BooleanGraphType>>("advocateRequired").Description("True when an independent advocate is required: significant difficulty and no one appropriate.").Resolve(c => c.Source.IsAdvocateRequired);
        Field<StringGraphType>("needRecordedByName").Description("Who recorded the need.").Resolve(c => c.Source.NeedRecordedByName);
        Field<DateTimeType>("needRecordedAt").Description("When.").Resolve(c => c.Source.NeedRecordedAt);
        Field<AdvocateRequestType>("request")
            .Description("The person's latest request for an advocate [A] (`requestAdvocate`); null if they have not asked. Null for planners, who are not told of it (R27).")
            .Resolve()
            .WithService<AccessScope>()
            .ResolveAsync(async (c, scope) =>
            {
                var caller = await scope.RequireCallerAsync(c.CancellationToken).ConfigureAwait(false);
                return c.Source.RequestedAt is null || !AccessScope.SeesAdvocateRequests(caller) ? null : (object)c.Source;
            });
        Field<NonNullGraphType<BooleanGraphType>>("referred").Description("True once the person was referred to an independent advocate.").Resolve(c => c.Source.IsReferred);
        Field<StringGraphType>("referralReason").Description("Why they were referred.").Resolve(c => c.Source.ReferralReason);
        Field<StringGraphType>("referredByName").Description("Who referred them.").Resolve(c => c.Source.ReferredByName);
        Field<DateTimeType>("referredAt").Description("When.").Resolve(c => c.Source.ReferredAt);
        Field<OrganisationType>("advocateOrganisation").Description("The advocacy organisation assigned; its advocates may see the plan and its reviews, and sign reviews for the person.")
            .Resolve()
            .WithService<ByIdLoader<Organisation>>()
            .Resolve((c, organisations) => c.Source.AdvocateOrganisationId is { } id ? organisations.Load(id) : null);
        Field<StringGraphType>("advocateName").Description("The advocate's name.").Resolve(c => c.Source.AdvocateName);
        Field<DateTimeType>("assignedAt").Description("When the advocate was assigned.").Resolve(c => c.Source.AssignedAt);
    }
}
