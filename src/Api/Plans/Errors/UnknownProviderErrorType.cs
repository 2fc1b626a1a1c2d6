using CarePlanGraph.Api.Graph.Relay;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class UnknownProviderErrorType : DomainErrorGraphType<UnknownProviderError>
{
    public UnknownProviderErrorType()
        : base("UnknownProviderError", "R04, R10: `providerId` is not a service provider the council knows. Use the ID of a known provider organisation, or leave `providerId` out and name the provider in `providerName`.")
    {
        Field<NonNullGraphType<IdGraphType>>("providerId").Description("The provider ID that was given.").Resolve(c => NodeId.Encode("Organisation", c.Source.ProviderId.Value));
    }
}
