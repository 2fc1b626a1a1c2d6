using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.CheckIns;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Complaints;
using CarePlanGraph.Domain.Integrations;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;
using CarePlanGraph.Domain.Safeguarding;
using CarePlanGraph.Domain.Webhooks;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Identity;

/// <summary>
/// The one place that decides which records the caller may see and change (R26–R29). Every list and every node
/// lookup starts from these queries, so a record the caller may not see is simply not there. Reviews follow the plan
/// (providers attend them, R22); complaints, meeting requests and check-ins are never for providers or planners (R27, R32); safety
/// concerns reach the safeguarding team only (R24).
/// </summary>
public sealed class AccessScope(ICallerAccessor callers, CarePlanDbContext db)
{
    /// <summary>The caller, or a GraphQL error (code AUTH_NOT_AUTHENTICATED) for anonymous requests.</summary>
    public async Task<Caller> RequireCallerAsync(CancellationToken cancellationToken) =>
        await callers.GetCallerAsync(cancellationToken).ConfigureAwait(false)
        ?? throw new ExecutionError("Sign in to read care records: send an access token in the Authorization header.") { Code = "AUTH_NOT_AUTHENTICATED" };

    /// <summary>The plans the caller may see.</summary>
    public async Task<IQueryable<CarePlan>> PlansAsync(CancellationToken cancellationToken)
    {
        var caller = await RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        return VisiblePlans(caller);
    }

    /// <summary>The people the caller may see: those whose plans they may see, and for council staff, everyone.</summary>
    public async Task<IQueryable<Person>> PeopleAsync(CancellationToken cancellationToken)
    {
        var caller = await RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        if (SeesEveryone(caller))
        {
            return db.People;
        }

        if (caller.Role == ActorRole.KeyWorker)
        {
            return db.People.Where(p => p.KeyWorkerId == caller.StaffMemberId);
        }

        if (caller.Role == ActorRole.Person)
        {
            return db.People.Where(p => caller.PersonId != null && p.Id == caller.PersonId);
        }

        if (caller.Role == ActorRole.Helper)
        {
            return db.People.Where(p => CarersInForce(caller).Any(c => c.PersonId == p.Id));
        }

        var plans = VisiblePlans(caller);
        return db.People.Where(p => plans.Any(plan => plan.PersonId == p.Id));
    }

    /// <summary>
    /// The plan versions the caller may see: every version of a plan they may see, except that a provider sees only the
    /// version in force (R27). The same rule as <see cref="VisibleVersions"/>, for lookups by ID.
    /// </summary>
    public async Task<IQueryable<PlanVersion>> VersionsAsync(CancellationToken cancellationToken)
    {
        var caller = await RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        var plans = VisiblePlans(caller);
        var versions = db.PlanVersions.Where(v => plans.Any(p => p.Id == v.PlanId));
        return SeesOnlyVersionInForce(caller) ? versions.Where(v => v.Status == VersionStatus.Agreed) : versions;
    }

    /// <summary>
    /// The support items the caller may see: those of the versions they may see, and for a provider only the items it
    /// provides (R27). The same rule as <see cref="VisibleItems"/>, for lookups by ID.
    /// </summary>
    public async Task<IQueryable<SupportItem>> SupportItemsAsync(CancellationToken cancellationToken)
    {
        var caller = await RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        var versions = await VersionsAsync(cancellationToken).ConfigureAwait(false);
        var items = db.SupportItems.Where(i => versions.Any(v => v.Id == EF.Property<Id<PlanVersion>>(i, "PlanVersionId")));
        var organisation = caller.OrganisationId;
        return caller.Role == ActorRole.Provider ? items.Where(i => organisation != null && i.ProviderId == organisation) : items;
    }

    /// <summary>
    /// The organisations the council knows (providers, planners, advocacy): anyone signed in may find one to name it
    /// (a provider on an item, a planner as a helper, an advocate). They are not a person's record.
    /// </summary>
    public async Task<IQueryable<Organisation>> OrganisationsAsync(CancellationToken cancellationToken)
    {
        await RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        return db.Organisations;
    }

    /// <summary>The assessments of the people the caller may see (R01, R31).</summary>
    public async Task<IQueryable<Assessment>> AssessmentsAsync(CancellationToken cancellationToken)
    {
        var people = await PeopleAsync(cancellationToken).ConfigureAwait(false);
        return db.Assessments.Where(a => people.Any(p => p.Id == a.PersonId));
    }

    /// <summary>
    /// Reviews of the plans the caller may see. R33: a carer sees them only if the person consented to share reviews,
    /// or if the person invited them to that review.
    /// </summary>
    public async Task<IQueryable<Review>> ReviewsAsync(CancellationToken cancellationToken)
    {
        var caller = await RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        var plans = VisiblePlans(caller);
        var reviews = db.Reviews.Where(r => plans.Any(p => p.Id == r.PlanId));
        if (caller.Role != ActorRole.Helper)
        {
            return reviews;
        }

        var carers = CarersInForce(caller);
        return reviews.Where(r => carers.Any(c => c.PersonId == r.PersonId && (c.SeesReviews || r.Invitees.Any(i => i.CarerId == c.Id))));
    }

    /// <summary>Review requests about the plans the caller may see. R33: a carer sees those they made, and the rest only with the person's consent to share reviews.</summary>
    public async Task<IQueryable<ReviewRequest>> ReviewRequestsAsync(CancellationToken cancellationToken)
    {
        var caller = await RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        var plans = VisiblePlans(caller);
        var requests = db.ReviewRequests.Where(r => plans.Any(p => p.Id == r.PlanId));
        if (caller.Role != ActorRole.Helper)
        {
            return requests;
        }

        var carers = CarersInForce(caller);
        return requests.Where(r => (r.RequestedByRole == ActorRole.Helper && r.RequestedBySubject == caller.Subject) || carers.Any(c => c.PersonId == r.PersonId && c.SeesReviews));
    }

    /// <summary>
    /// R33: the carers recorded for people, with what each person consented to. The person sees their own, a Key Worker
    /// those of the people they work with, an administrator all; nobody else (not providers, planners, other staff, nor
    /// the carers themselves, who see the people they care for through <c>me</c>).
    /// </summary>
    public async Task<IQueryable<Carer>> CarersAsync(CancellationToken cancellationToken)
    {
        var caller = await RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        return caller.Role switch
        {
            ActorRole.Administrator => db.Carers,
            ActorRole.KeyWorker => db.Carers.Where(c => db.People.Any(p => p.Id == c.PersonId && p.KeyWorkerId == caller.StaffMemberId)),
            ActorRole.Person => db.Carers.Where(c => caller.PersonId != null && c.PersonId == caller.PersonId),
            _ => db.Carers.Where(_ => false),
        };
    }

    /// <summary>Of a person's carers (a person the caller may see), those the caller may see: the same rule as <see cref="CarersAsync"/>.</summary>
    public static bool SeesCarersOf(Caller caller, Person person)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(person);
        return caller.Role switch
        {
            ActorRole.Administrator => true,
            ActorRole.KeyWorker => person.KeyWorkerId == caller.StaffMemberId,
            ActorRole.Person => person.Id == caller.PersonId,
            _ => false,
        };
    }

    /// <summary>Of a plan's reviews, those the caller may see: the same rule as <see cref="ReviewsAsync"/>.</summary>
    public static IReadOnlyList<Review> VisibleReviews(Caller caller, IReadOnlyList<Review> reviews)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(reviews);
        return caller.Role == ActorRole.Helper ? reviews.Where(r => SeesReview(caller, r)).ToList() : reviews;
    }

    /// <summary>Whether the caller, who may see the review's plan, may see the review: the same rule as <see cref="ReviewsAsync"/>.</summary>
    public static bool SeesReview(Caller caller, Review review)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(review);
        return caller.Role != ActorRole.Helper
            || caller.CaresFor.Any(c => c.PersonId == review.PersonId && (c.SeesReviews || review.Invitees.Any(i => i.CarerId == c.CarerId)));
    }

    /// <summary>Of a plan's review requests, those the caller may see: the same rule as <see cref="ReviewRequestsAsync"/>.</summary>
    public static IReadOnlyList<ReviewRequest> VisibleReviewRequests(Caller caller, IReadOnlyList<ReviewRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(requests);
        return caller.Role == ActorRole.Helper
            ? requests.Where(r => (r.RequestedByRole == ActorRole.Helper && r.RequestedBySubject == caller.Subject) || caller.CaresFor.Any(c => c.PersonId == r.PersonId && c.SeesReviews)).ToList()
            : requests;
    }

    /// <summary>
    /// R27, R33: providers and carers never see money, the financial assessment or officers' decision notes (the fields
    /// marked <see cref="FieldPolicies.NotForProviders"/>, and the agreement checks).
    /// </summary>
    public static bool KeptFromMoneyAndDecisions(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role is ActorRole.Provider or ActorRole.Helper;
    }

    /// <summary>
    /// R25, R27: Customer Services and administrators see every complaint; a Key Worker those about the people they
    /// work with; the person their own; an advocate those about plans they may see; a representative those they made.
    /// Providers, planners, the panel and the safeguarding team see none.
    /// </summary>
    public async Task<IQueryable<Complaint>> ComplaintsAsync(CancellationToken cancellationToken)
    {
        var caller = await RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        switch (ComplaintsReach(caller))
        {
            case ComplaintReach.All:
                return db.Complaints;
            case ComplaintReach.AboutVisiblePlans:
                var plans = VisiblePlans(caller);
                return db.Complaints.Where(c => plans.Any(p => p.Id == c.PlanId));
            case ComplaintReach.MadeByThem:
                return db.Complaints.Where(c => c.MadeBySubject == caller.Subject);
            default:
                return db.Complaints.Where(_ => false);
        }
    }

    /// <summary>
    /// Issue 15: the integrations the caller may see. An administrator sees every one; an organisation's staff and its
    /// own applications see their organisation's; no one else sees any (the council's own are the administrators').
    /// </summary>
    public async Task<IQueryable<Integration>> IntegrationsAsync(CancellationToken cancellationToken)
    {
        var caller = await RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        if (caller.Role == ActorRole.Administrator)
        {
            return db.Integrations;
        }

        if (caller is { Role: ActorRole.Provider or ActorRole.SupportPlanner or ActorRole.Advocate, OrganisationId: { } organisation })
        {
            return db.Integrations.Where(i => i.OrganisationId == organisation);
        }

        // An integration acting for nobody else (the council's website) still sees itself, to register its documents.
        return caller.IntegrationId is { } own
            ? db.Integrations.Where(i => i.Id == own)
            : db.Integrations.Where(_ => false);
    }

    /// <summary>Issue 16: the webhook endpoints of the integrations the caller may see (<see cref="IntegrationsAsync"/>).</summary>
    public async Task<IQueryable<WebhookEndpoint>> WebhookEndpointsAsync(CancellationToken cancellationToken)
    {
        var integrations = await IntegrationsAsync(cancellationToken).ConfigureAwait(false);
        return db.WebhookEndpoints.Where(e => integrations.Any(i => i.Id == e.IntegrationId));
    }

    /// <summary>Of the complaints about a plan the caller may see, those they may see: the same rule as <see cref="ComplaintsAsync"/>.</summary>
    public static IReadOnlyList<Complaint> VisibleComplaints(Caller caller, IReadOnlyList<Complaint> complaints)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(complaints);
        return ComplaintsReach(caller) switch
        {
            ComplaintReach.All or ComplaintReach.AboutVisiblePlans => complaints,
            ComplaintReach.MadeByThem => complaints.Where(c => c.MadeBySubject == caller.Subject).ToList(),
            _ => [],
        };
    }

    /// <summary>R24: the safeguarding team sees every safety concern; nobody else sees any, not even who raised them.</summary>
    public async Task<IQueryable<SafetyConcern>> SafetyConcernsAsync(CancellationToken cancellationToken)
    {
        var caller = await RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        return caller.Role == ActorRole.Safeguarding ? db.SafetyConcerns : db.SafetyConcerns.Where(_ => false);
    }

    /// <summary>R17, R27: requests to meet all key staff, for those who may see the plan, except providers and planners.</summary>
    public async Task<IQueryable<ResolutionMeetingRequest>> ResolutionMeetingRequestsAsync(CancellationToken cancellationToken)
    {
        var caller = await RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        if (!SeesResolutionMeetings(caller))
        {
            return db.ResolutionMeetingRequests.Where(_ => false);
        }

        var plans = await PlansAsync(cancellationToken).ConfigureAwait(false);
        return db.ResolutionMeetingRequests.Where(r => plans.Any(p => p.Id == r.PlanId));
    }

    /// <summary>R32, R27: the Key Worker's check-ins, for those who may see the plan, except providers and planners.</summary>
    public async Task<IQueryable<CheckIn>> CheckInsAsync(CancellationToken cancellationToken)
    {
        var caller = await RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        if (!SeesCheckIns(caller))
        {
            return db.CheckIns.Where(_ => false);
        }

        var plans = VisiblePlans(caller);
        return db.CheckIns.Where(c => plans.Any(p => p.Id == c.PlanId));
    }

    /// <summary>R32, R27, R33: check-ins are about how the person is doing; not for providers, planners or carers.</summary>
    public static bool SeesCheckIns(Caller caller) => SeesPersonalNotes(caller);

    /// <summary>
    /// Refuses (GraphQL error, code AUTH_FORBIDDEN) unless the caller may do this to the plan. The plan must
    /// already have been found through <see cref="PlansAsync"/>, so the caller can see it.
    /// </summary>
    public async Task EnsureCanAsync(CarePlan plan, PlanPermission permission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var caller = await RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        if (!Allows(caller, plan, permission))
        {
            throw new ExecutionError($"As {PlainEnglish.Describe(caller.Role)}, you may not {Describe(permission)}.") { Code = "AUTH_FORBIDDEN" };
        }
    }

    /// <summary>R17, R27, R33: meeting requests are not for providers, planners or carers.</summary>
    public static bool SeesResolutionMeetings(Caller caller) => SeesPersonalNotes(caller);

    /// <summary>Refuses (GraphQL error, code AUTH_FORBIDDEN) unless the caller may do this to the person's record, found through <see cref="PeopleAsync"/>.</summary>
    public async Task EnsureCanAsync(Person person, PersonPermission permission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var caller = await RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        if (!Allows(caller, person, permission))
        {
            throw new ExecutionError($"As {PlainEnglish.Describe(caller.Role)}, you may not {Describe(permission)} this person.") { Code = "AUTH_FORBIDDEN" };
        }
    }

    /// <summary>
    /// R26, R33: the person records their carers and withdraws consent; their Key Worker (or an administrator) may record
    /// it for them. R31: assessments are the council's; the domain decides which council roles record them.
    /// </summary>
    public static bool Allows(Caller caller, Person person, PersonPermission permission)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(person);
        return permission switch
        {
            PersonPermission.ManageCarers => caller.Role switch
            {
                ActorRole.Person => person.Id == caller.PersonId,
                ActorRole.KeyWorker => person.KeyWorkerId == caller.StaffMemberId,
                ActorRole.Administrator => true,
                _ => false,
            },
            PersonPermission.Assess => caller.Role.IsCouncilRole(),
            _ => false,
        };
    }

    private static string Describe(PersonPermission permission) => permission switch
    {
        PersonPermission.ManageCarers => "manage the carers of",
        PersonPermission.Assess => "record or review an assessment of",
        _ => "change",
    };

    /// <summary>R29: only council roles decide; the person and the planners they asked for help write (R26, R28); providers only read (R27).</summary>
    public static bool Allows(Caller caller, CarePlan plan, PlanPermission permission)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(plan);
        return permission switch
        {
            PlanPermission.Read => true,
            PlanPermission.Decide => caller.Role is ActorRole.KeyWorker or ActorRole.Administrator,
            PlanPermission.RecordPanelDecision => caller.Role is ActorRole.RiskPanelMember,
            PlanPermission.MarkSupportInPlace => caller.Role.IsCouncilRole() || caller.Role is ActorRole.SupportPlanner,
            PlanPermission.Edit or PlanPermission.Submit or PlanPermission.StartRevision =>
                caller.Role is ActorRole.KeyWorker or ActorRole.Administrator or ActorRole.Person or ActorRole.SupportPlanner,

            // Reviews, advocacy, the panel, safety and complaints (R17, R21–R25); the domain checks the same roles again.
            PlanPermission.RequestReview => caller.Role is ActorRole.Person or ActorRole.Helper or ActorRole.Advocate or ActorRole.Provider || caller.Role.IsCouncilRole(),
            PlanPermission.DecideReviewRequest or PlanPermission.ConductReview or PlanPermission.RecordAdvocacy or PlanPermission.ArrangeResolutionMeeting or PlanPermission.RecordCheckIn =>
                caller.Role is ActorRole.KeyWorker or ActorRole.Administrator,
            PlanPermission.InviteToReview => caller.Role is ActorRole.Person or ActorRole.Helper or ActorRole.Advocate or ActorRole.KeyWorker or ActorRole.Administrator,
            PlanPermission.SignReview => caller.Role is ActorRole.Person or ActorRole.Advocate or ActorRole.KeyWorker or ActorRole.Administrator,
            PlanPermission.ReferToRiskPanel => caller.Role is ActorRole.Person or ActorRole.Advocate || caller.Role.IsCouncilRole(),
            PlanPermission.RaiseSafetyConcern => true,
            PlanPermission.HandleSafetyConcern => caller.Role is ActorRole.Safeguarding,
            PlanPermission.MakeComplaint or PlanPermission.RequestResolutionMeeting => caller.Role is ActorRole.Person or ActorRole.Helper or ActorRole.Advocate,
            PlanPermission.HandleComplaint => caller.Role is ActorRole.CustomerServices or ActorRole.Administrator,
            PlanPermission.WithdrawRevision => caller.Role is ActorRole.Person or ActorRole.SupportPlanner or ActorRole.KeyWorker or ActorRole.Administrator,
            PlanPermission.RequestAdvocate => caller.Role is ActorRole.Person or ActorRole.Helper,
            PlanPermission.RecordResolutionMeeting => caller.Role is ActorRole.KeyWorker or ActorRole.Administrator,
            _ => false,
        };
    }

    /// <summary>
    /// [A], R27: the person's request for an advocate is for the person, those acting for them, their advocate and the
    /// council; not providers, planners or carers (an advocacy note, R27, R33).
    /// </summary>
    public static bool SeesAdvocateRequests(Caller caller) => SeesPersonalNotes(caller);

    /// <summary>
    /// R27, R33: the notes about the person beyond their plan (check-ins, meeting requests, a request for an advocate)
    /// are for the person, those acting for them and the council: never providers, planners or carers. One rule for all.
    /// </summary>
    private static bool SeesPersonalNotes(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role is not (ActorRole.Provider or ActorRole.SupportPlanner or ActorRole.Helper);
    }

    /// <summary>R27, R33: a provider or a carer sees only the version in force (never a draft); everyone else who sees the plan sees every version.</summary>
    public static IReadOnlyList<PlanVersion> VisibleVersions(Caller caller, IReadOnlyList<PlanVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(versions);
        return SeesOnlyVersionInForce(caller)
            ? versions.Where(v => v.Status == VersionStatus.Agreed).ToList()
            : versions;
    }

    /// <summary>R27: a provider sees only the support items it provides.</summary>
    public static IEnumerable<SupportItem> VisibleItems(Caller caller, IEnumerable<SupportItem> items)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role == ActorRole.Provider
            ? items.Where(i => caller.OrganisationId != null && i.ProviderId == caller.OrganisationId)
            : items;
    }

    /// <summary>
    /// R27 in the query: the versions, each holding only the support items the caller may see (a provider's own), in
    /// the order they were added. Everything a provider is shown of a version, its total and its management option
    /// included, is then worked out from its own items alone; no one else's item is read for it.
    /// </summary>
    public static IQueryable<PlanVersion> WithVisibleItems(Caller caller, IQueryable<PlanVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role != ActorRole.Provider)
        {
            return versions.Include(v => v.SupportItems.OrderBy(i => i.Position));
        }

        var organisation = caller.OrganisationId;
        return versions.Include(v => v.SupportItems.Where(i => organisation != null && i.ProviderId == organisation).OrderBy(i => i.Position));
    }

    private static ComplaintReach ComplaintsReach(Caller caller) => caller.Role switch
    {
        ActorRole.CustomerServices or ActorRole.Administrator => ComplaintReach.All,
        ActorRole.KeyWorker or ActorRole.Person or ActorRole.Advocate => ComplaintReach.AboutVisiblePlans,
        ActorRole.Helper => ComplaintReach.MadeByThem,
        _ => ComplaintReach.None,
    };

    private static bool SeesOnlyVersionInForce(Caller caller) => caller.Role is ActorRole.Provider or ActorRole.Helper;

    /// <summary>R33: the caller's carer records whose consent is in force now (read afresh, so a withdrawal counts at once).</summary>
    private IQueryable<Carer> CarersInForce(Caller caller) =>
        db.Carers.Where(c => c.Username == caller.Subject && c.ConsentWithdrawnAt == null && c.SeesPlan);

    /// <summary>
    /// Council roles whose work may concern anyone. Not the Risk Management Panel: it considers only the plans referred
    /// to it (R23), so it sees those and the people they belong to.
    /// </summary>
    private static bool SeesEveryone(Caller caller) => caller.Role is ActorRole.Administrator
        or ActorRole.CustomerServices
        or ActorRole.Safeguarding;

    private static string Describe(PlanPermission permission) => permission switch
    {
        PlanPermission.Edit => "edit this plan",
        PlanPermission.Submit => "submit this plan",
        PlanPermission.Decide => "agree or decline this plan",
        PlanPermission.RecordPanelDecision => "record a Risk Management Panel decision on this plan",
        PlanPermission.MarkSupportInPlace => "mark support in place for this plan",
        PlanPermission.StartRevision => "start a revision of this plan",
        PlanPermission.RequestReview => "ask for a review of this plan",
        PlanPermission.DecideReviewRequest => "decide review requests about this plan",
        PlanPermission.ConductReview => "conduct a review of this plan",
        PlanPermission.InviteToReview => "invite people to the review of this plan",
        PlanPermission.SignReview => "sign the review of this plan",
        PlanPermission.RecordAdvocacy => "record advocacy for this plan",
        PlanPermission.ReferToRiskPanel => "refer this plan to the Risk Management Panel",
        PlanPermission.RaiseSafetyConcern => "raise a safety concern about this plan",
        PlanPermission.HandleSafetyConcern => "handle safety concerns about this plan",
        PlanPermission.MakeComplaint => "make a complaint about this plan",
        PlanPermission.HandleComplaint => "handle complaints about this plan",
        PlanPermission.RequestResolutionMeeting => "ask for a meeting with all key staff about this plan",
        PlanPermission.ArrangeResolutionMeeting => "arrange a meeting with all key staff about this plan",
        PlanPermission.WithdrawRevision => "withdraw a revision of this plan",
        PlanPermission.RequestAdvocate => "ask for an independent advocate about this plan",
        PlanPermission.RecordResolutionMeeting => "record the meeting with all key staff about this plan",
        PlanPermission.RecordCheckIn => "record a check-in on this plan",
        _ => "read this plan",
    };

    /// <summary>
    /// R26 the person's own plans; R27 a provider: plans whose agreed version has an item it provides (drafts naming it
    /// do not count); R28 a planner or advocate: plans whose latest version (not a withdrawn one) names its organisation as a helper. That
    /// entry is the person's consent: removing it from the version being worked on withdraws access. R22 an advocate
    /// also sees the plan of a person the Key Worker referred to advocacy and assigned it to. R33 a carer: the agreed plans
    /// of the people who recorded them with consent still in force. R23 a panel member: plans ever referred to the Risk
    /// Management Panel.
    /// </summary>
    private IQueryable<CarePlan> VisiblePlans(Caller caller)
    {
        if (SeesEveryone(caller))
        {
            return db.CarePlans;
        }

        var organisation = caller.OrganisationId;
        return caller.Role switch
        {
            ActorRole.KeyWorker => db.CarePlans.Where(plan => db.People.Any(p => p.Id == plan.PersonId && p.KeyWorkerId == caller.StaffMemberId)),
            ActorRole.Person => db.CarePlans.Where(plan => caller.PersonId != null && plan.PersonId == caller.PersonId),
            ActorRole.Helper => db.CarePlans.Where(plan => CarersInForce(caller).Any(c => c.PersonId == plan.PersonId)
                && db.PlanVersions.Any(v => v.PlanId == plan.Id && v.Status == VersionStatus.Agreed)),

            // R23: every plan ever referred to the panel, waiting or decided, so its members can find the plans they decided on.
            ActorRole.RiskPanelMember => db.CarePlans.Where(plan => plan.RiskPanelReferral != null),
            ActorRole.Provider => db.CarePlans.Where(plan => organisation != null && db.PlanVersions.Any(v =>
                v.PlanId == plan.Id && v.Status == VersionStatus.Agreed && v.SupportItems.Any(i => i.ProviderId == organisation))),
            ActorRole.Advocate => db.CarePlans.Where(plan => organisation != null && (
                (plan.Advocacy != null && plan.Advocacy.AdvocateOrganisationId == organisation)
                || db.PlanVersions.Any(v =>
                    v.PlanId == plan.Id
                    && v.Number == db.PlanVersions.Where(latest => latest.PlanId == plan.Id && latest.Status != VersionStatus.Withdrawn).Max(latest => latest.Number)
                    && v.Helpers.Any(h => h.OrganisationId == organisation)))),
            ActorRole.SupportPlanner => db.CarePlans.Where(plan => organisation != null && db.PlanVersions.Any(v =>
                v.PlanId == plan.Id
                && v.Number == db.PlanVersions.Where(latest => latest.PlanId == plan.Id && latest.Status != VersionStatus.Withdrawn).Max(latest => latest.Number)
                && v.Helpers.Any(h => h.OrganisationId == organisation))),
            _ => db.CarePlans.Where(_ => false),
        };
    }

    /// <summary>How far a role reaches into complaints (R25, R27).</summary>
    private enum ComplaintReach
    {
        None,
        MadeByThem,
        AboutVisiblePlans,
        All,
    }
}
