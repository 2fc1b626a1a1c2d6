namespace CarePlanGraph.Domain.Plans;

/// <summary>
/// How the person who is paid for a support item is related to the person receiving it (R14). The Care and
/// Support (Direct Payments) Regulations 2014, reg. 3, stop a Direct Payment paying a spouse or partner, or a
/// close relative living in the same household, unless the council records that it is necessary.
/// </summary>
public enum PayeeRelationship
{
    /// <summary>Not a relative: an agency, a personal assistant, a friend. The default.</summary>
    NotARelative,

    /// <summary>A spouse or civil partner, or someone living with the person as if they were one.</summary>
    SpouseOrPartner,

    /// <summary>
    /// A parent or parent-in-law, son or daughter, son- or daughter-in-law, stepson or stepdaughter, brother or
    /// sister, aunt or uncle, grandparent, or the spouse or partner of any of them (reg. 3).
    /// </summary>
    CloseRelative,

    /// <summary>Any other relative: a cousin, a niece or nephew, a grandchild.</summary>
    OtherRelative,
}
