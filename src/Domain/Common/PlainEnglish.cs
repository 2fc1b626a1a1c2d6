using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Complaints;
using CarePlanGraph.Domain.Integrations;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;
using CarePlanGraph.Domain.Risks;
using CarePlanGraph.Domain.Safeguarding;
using CarePlanGraph.Domain.Webhooks;

namespace CarePlanGraph.Domain.Common;

/// <summary>
/// The one place that turns the domain's enums into the words people read in messages, history and letters: never an
/// enum's internal name (<c>CustomerServices</c>) nor its API spelling (<c>CHANGES_REQUIRED</c>). Each
/// <c>Describe</c> gives words that fit mid-sentence ("Someone acting as {role} cannot …", "A plan that is {status}
/// cannot …"); <see cref="Clause"/> and <see cref="List"/> join free text people typed into a sentence without doubled
/// punctuation ("… week.; …", "…Payment.. What …").
/// </summary>
public static class PlainEnglish
{
    /// <summary>Who someone acting in the role is: "a Key Worker", "a member of the Risk Management Panel".</summary>
    public static string Describe(ActorRole role) => role switch
    {
        ActorRole.Person => "the person the plan is for",
        ActorRole.Helper => "someone helping the person",
        ActorRole.KeyWorker => "a Key Worker",
        ActorRole.CustomerServices => "a member of Customer Services",
        ActorRole.RiskPanelMember => "a member of the Risk Management Panel",
        ActorRole.Safeguarding => "a member of the safeguarding team",
        ActorRole.Administrator => "an administrator",
        ActorRole.Provider => "a service provider",
        ActorRole.SupportPlanner => "an independent support planner",
        ActorRole.Advocate => "an independent advocate",
        ActorRole.CouncilApplication => "an application the council runs",
        ActorRole.System => "the system",
        _ => throw Unknown(role),
    };

    /// <summary>Who an invitee is to the person (R22): "invited as {kind}".</summary>
    public static string Describe(InviteeKind kind) => kind switch
    {
        InviteeKind.Carer => "a carer, family member or friend",
        InviteeKind.ServiceProvider => "a service provider",
        InviteeKind.SupportNetwork => "someone from a support network",
        InviteeKind.Agency => "another agency",
        InviteeKind.Other => "someone else who knows the person",
        _ => throw Unknown(kind),
    };

    /// <summary>Where a version stands: "Version 2 is {status}".</summary>
    public static string Describe(VersionStatus status) => status switch
    {
        VersionStatus.Draft => "a draft",
        VersionStatus.Submitted => "submitted and waiting for the council's decision",
        VersionStatus.ChangesRequired => "sent back for changes",
        VersionStatus.Agreed => "agreed",
        VersionStatus.Superseded => "replaced by a later agreed version",
        VersionStatus.Withdrawn => "withdrawn",
        _ => throw Unknown(status),
    };

    /// <summary>Where a request to meet all key staff stands: "The meeting is {status}".</summary>
    public static string Describe(ResolutionMeetingStatus status) => status switch
    {
        ResolutionMeetingStatus.Requested => "asked for and not yet arranged",
        ResolutionMeetingStatus.Arranged => "arranged",
        ResolutionMeetingStatus.Held => "held",
        _ => throw Unknown(status),
    };

    /// <summary>Where a plan stands: "A plan that is {status}".</summary>
    public static string Describe(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "still a draft",
        PlanStatus.Submitted => "waiting for the council's decision",
        PlanStatus.ChangesRequired => "sent back for changes",
        PlanStatus.Agreed => "agreed and waiting for support to be in place",
        PlanStatus.Active => "active",
        PlanStatus.UnderReview => "under review",
        PlanStatus.Ended => "ended",
        _ => throw Unknown(status),
    };

    /// <summary>How support is arranged, in the person's copy's words (R16).</summary>
    public static string Describe(SupportArrangement arrangement) => arrangement.Describe();

    /// <summary>How the money is managed, in the person's copy's words (R16).</summary>
    public static string Describe(ManagementOption option) => option.Describe();

    /// <summary>How often an item is paid for: "a {frequency} item".</summary>
    public static string Describe(CostFrequency frequency) => frequency switch
    {
        CostFrequency.Hourly => "hourly",
        CostFrequency.Daily => "daily",
        CostFrequency.PerSession => "per-session",
        CostFrequency.Weekly => "weekly",
        CostFrequency.Fortnightly => "fortnightly",
        CostFrequency.FourWeekly => "four-weekly",
        CostFrequency.Monthly => "monthly",
        CostFrequency.Quarterly => "quarterly",
        CostFrequency.Annually => "yearly",
        CostFrequency.OneOff => "one-off",
        _ => throw Unknown(frequency),
    };

    /// <summary>Who helped with a plan: "a helper who is {kind}".</summary>
    public static string Describe(HelperKind kind) => kind switch
    {
        HelperKind.FamilyOrFriend => "family or a friend",
        HelperKind.ServiceProvider => "a service provider",
        HelperKind.IndependentSupportPlanner => "an independent support planner",
        HelperKind.KeyWorker => "the person's Key Worker",
        HelperKind.OnBehalfOfPerson => "someone completing the plan on the person's behalf",
        HelperKind.IndependentAdvocate => "an independent advocate",
        _ => throw Unknown(kind),
    };

    /// <summary>Who prepared a plan: "completed by {preparer}".</summary>
    public static string Describe(PlanPreparer preparer) => preparer switch
    {
        PlanPreparer.Person => "the person themselves",
        PlanPreparer.PersonWithHelp => "the person, with help",
        PlanPreparer.FamilyOrFriend => "family or a friend",
        PlanPreparer.ServiceProvider => "a service provider",
        PlanPreparer.IndependentSupportPlanner => "an independent support planner",
        PlanPreparer.KeyWorker => "the Key Worker",
        PlanPreparer.SomeoneElseOnBehalf => "someone else on the person's behalf",
        _ => throw Unknown(preparer),
    };

    /// <summary>Why a review is asked for (R21).</summary>
    public static string Describe(ReviewGround ground) => ground switch
    {
        ReviewGround.NeedsChanged => "needs have changed",
        ReviewGround.SupportNoLongerMeetsNeeds => "the support no longer meets needs",
        ReviewGround.MajorChangeWanted => "a major change is wanted",
        ReviewGround.UnmanageableRisks => "there are unmanageable risks",
        ReviewGround.CouncilRequest => "the council requests it",
        _ => throw Unknown(ground),
    };

    /// <summary>Which review it is: "a {kind} review".</summary>
    public static string Describe(ReviewKind kind) => kind switch
    {
        ReviewKind.First => "first",
        ReviewKind.DirectPayment => "Direct Payment",
        ReviewKind.Annual => "annual",
        ReviewKind.Requested => "requested",
        _ => throw Unknown(kind),
    };

    /// <summary>Where a review stands: "A review that is {status}".</summary>
    public static string Describe(ReviewStatus status) => status switch
    {
        ReviewStatus.InProgress => "in progress",
        ReviewStatus.AwaitingSignatures => "waiting for signatures",
        ReviewStatus.Disputed => "disputed",
        ReviewStatus.Completed => "completed",
        _ => throw Unknown(status),
    };

    /// <summary>Where a review request stands: "The request has been {status}".</summary>
    public static string Describe(ReviewRequestStatus status) => status switch
    {
        ReviewRequestStatus.Pending => "waiting for a decision",
        ReviewRequestStatus.Accepted => "accepted",
        ReviewRequestStatus.Declined => "declined",
        _ => throw Unknown(status),
    };

    /// <summary>Who signs a review for whom.</summary>
    public static string Describe(ReviewParty party) => party switch
    {
        ReviewParty.Person => "the person",
        ReviewParty.KeyWorker => "the council",
        _ => throw Unknown(party),
    };

    /// <summary>Where a complaint stands: "A complaint that is {status}".</summary>
    public static string Describe(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Received => "received but not yet acknowledged",
        ComplaintStatus.Acknowledged => "acknowledged",
        ComplaintStatus.Responded => "answered",
        ComplaintStatus.Closed => "closed",
        _ => throw Unknown(status),
    };

    /// <summary>Where an integration stands.</summary>
    public static string Describe(IntegrationStatus status) => status switch
    {
        IntegrationStatus.Pending => "waiting for approval",
        IntegrationStatus.Approved => "approved",
        IntegrationStatus.Refused => "refused",
        IntegrationStatus.Suspended => "suspended",
        _ => throw Unknown(status),
    };

    /// <summary>Where a webhook endpoint stands.</summary>
    public static string Describe(WebhookEndpointStatus status) => status switch
    {
        WebhookEndpointStatus.Active => "active",
        WebhookEndpointStatus.Paused => "paused",
        WebhookEndpointStatus.Removed => "removed",
        _ => throw Unknown(status),
    };

    /// <summary>What an integration may do.</summary>
    public static string Describe(IntegrationAccess access) => access switch
    {
        IntegrationAccess.ReadOnly => "read-only",
        IntegrationAccess.ReadWrite => "read and write",
        _ => throw Unknown(access),
    };

    /// <summary>Where a safety concern stands.</summary>
    public static string Describe(SafetyConcernStatus status) => status switch
    {
        SafetyConcernStatus.Open => "open",
        SafetyConcernStatus.Closed => "closed",
        _ => throw Unknown(status),
    };

    /// <summary>What the Risk Management Panel decided (R23), as a sentence opening.</summary>
    public static string Describe(RiskPanelOutcome outcome) => outcome switch
    {
        RiskPanelOutcome.CanBeManagedSafely => "The risks can be managed safely",
        RiskPanelOutcome.ManagedWithConditions => "The risks can be managed safely on conditions",
        RiskPanelOutcome.CannotBeManagedSafely => "The risks cannot be managed safely",
        _ => throw Unknown(outcome),
    };

    /// <summary>What the officer attests to when agreeing a plan (R15): "it is {attestation}".</summary>
    public static string Describe(OfficerAttestation attestation) => attestation switch
    {
        OfficerAttestation.LawfulAndSensible => "lawful and uses money sensibly",
        OfficerAttestation.KeepsPersonHealthySafeAndWell => "keeping the person healthy, safe and well",
        OfficerAttestation.ResponsiblyManaged => "responsibly managed",
        _ => throw Unknown(attestation),
    };

    /// <summary>Which agreement check it is (R08–R14).</summary>
    public static string Describe(AgreementCheck check) => check switch
    {
        AgreementCheck.Complete => "complete",
        AgreementCheck.Affordable => "affordable",
        AgreementCheck.Arranged => "arranged",
        AgreementCheck.Effective => "effective",
        AgreementCheck.RisksConsidered => "risks considered",
        AgreementCheck.OwnDecisions => "the person's own decisions",
        AgreementCheck.Lawful => "lawful",
        _ => throw Unknown(check),
    };

    /// <summary>The area of an eligible need (Care Act eligibility outcomes).</summary>
    public static string Describe(EligibilityOutcome area) => area switch
    {
        EligibilityOutcome.ManagingNutrition => "managing and maintaining nutrition",
        EligibilityOutcome.PersonalHygiene => "maintaining personal hygiene",
        EligibilityOutcome.ToiletNeeds => "managing toilet needs",
        EligibilityOutcome.BeingAppropriatelyClothed => "being appropriately clothed",
        EligibilityOutcome.UsingTheHomeSafely => "being able to make use of the home safely",
        EligibilityOutcome.HabitableHome => "maintaining a habitable home environment",
        EligibilityOutcome.FamilyAndRelationships => "developing and maintaining family or other personal relationships",
        EligibilityOutcome.WorkTrainingEducationVolunteering => "accessing and engaging in work, training, education or volunteering",
        EligibilityOutcome.CommunityFacilitiesAndTransport => "making use of facilities or services in the local community",
        EligibilityOutcome.CaringForAChild => "carrying out any caring responsibilities for a child",
        _ => throw Unknown(area),
    };

    /// <summary>How someone paid by Direct Payment is related to the person (R14).</summary>
    public static string Describe(PayeeRelationship relationship) => relationship switch
    {
        PayeeRelationship.NotARelative => "someone who is not a relative",
        PayeeRelationship.SpouseOrPartner => "the person's spouse or partner",
        PayeeRelationship.CloseRelative => "a close relative of the person",
        PayeeRelationship.OtherRelative => "another relative of the person",
        _ => throw Unknown(relationship),
    };

    /// <summary>What kind of organisation it is.</summary>
    public static string Describe(OrganisationKind kind) => kind switch
    {
        OrganisationKind.ServiceProvider => "a service provider",
        OrganisationKind.SupportPlanner => "a support planning organisation",
        OrganisationKind.Advocacy => "an independent advocacy organisation",
        _ => throw Unknown(kind),
    };

    /// <summary>
    /// Free text someone typed, ready to be followed by the sentence's own punctuation: trimmed, without the full
    /// stops, semicolons or commas it ended with.
    /// </summary>
    public static string Clause(string? text) => (text ?? string.Empty).Trim().TrimEnd('.', ';', ',', ' ');

    /// <summary>Several pieces of free text as one list: "one; two; three", each a <see cref="Clause"/>.</summary>
    public static string List(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return string.Join("; ", items.Select(Clause).Where(c => c.Length > 0));
    }

    /// <summary>"1 change", "3 changes".</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        count == 1 ? $"1 {singular}" : $"{count} {plural ?? singular + "s"}";

    private static ArgumentOutOfRangeException Unknown<TEnum>(TEnum value)
        where TEnum : struct, Enum => new(typeof(TEnum).Name, value, $"Unknown {typeof(TEnum).Name}.");
}
