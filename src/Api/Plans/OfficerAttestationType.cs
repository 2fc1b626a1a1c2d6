using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Agreement;

namespace CarePlanGraph.Api.Plans;

public sealed class OfficerAttestationType() : DescribedEnumType<OfficerAttestation>(
    "OfficerAttestation",
    "The judgements no rule can make, which the agreeing officer attests to (R15).",
    new Dictionary<OfficerAttestation, string>
    {
        [OfficerAttestation.LawfulAndSensible] = "The plan is lawful and uses money sensibly (`agreePlan` input `isLawfulAndSensible`).",
        [OfficerAttestation.KeepsPersonHealthySafeAndWell] = "The plan keeps the person healthy, safe and well (`keepsPersonHealthySafeAndWell`).",
        [OfficerAttestation.ResponsiblyManaged] = "The plan is being responsibly managed (`isResponsiblyManaged`).",
    });
