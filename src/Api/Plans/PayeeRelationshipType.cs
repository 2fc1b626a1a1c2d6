using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Plans;

public sealed class PayeeRelationshipType() : DescribedEnumType<PayeeRelationship>(
    "PayeeRelationship",
    "How whoever is paid for a support item is related to the person (R14). A Direct Payment may not pay a spouse or partner, or a close relative living in the same household, unless the council records that it is necessary (Care and Support (Direct Payments) Regulations 2014, reg. 3).",
    new Dictionary<PayeeRelationship, string>
    {
        [PayeeRelationship.NotARelative] = "Not a relative: an agency, a personal assistant, a friend. The default.",
        [PayeeRelationship.SpouseOrPartner] = "A spouse or civil partner, or someone living with the person as if they were one.",
        [PayeeRelationship.CloseRelative] = "A parent or parent-in-law, son or daughter, son- or daughter-in-law, stepchild, brother or sister, aunt or uncle, grandparent, or the spouse or partner of any of them.",
        [PayeeRelationship.OtherRelative] = "Any other relative: a cousin, a niece or nephew, a grandchild.",
    });
