using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.People;

/// <summary>
/// R33: a carer (or anyone else the person names) recorded with the person's consent. They sign in as themselves
/// (<see cref="Username"/>, role <see cref="ActorRole.Helper"/>), may ask for a review and be invited to one, and see only
/// what the person consented to (<see cref="Consents"/>). Withdrawing consent ends their access at once.
/// </summary>
public sealed class Carer : IPersonRecord
{
    public const int MaxNameLength = 200;
    public const int MaxRelationshipLength = 100;
    public const int MaxUsernameLength = 64;

    private Carer()
    {
        FullName = string.Empty;
        Relationship = string.Empty;
        Username = string.Empty;
        ConsentRecordedBySubject = string.Empty;
        ConsentRecordedByName = string.Empty;
    }

    private Carer(Person person, string fullName, string relationship, string username, IReadOnlyCollection<CarerConsent> consents, Actor actor, DateTimeOffset now)
    {
        Id = Id<Carer>.New();
        PersonId = person.Id;
        FullName = fullName;
        Relationship = relationship;
        Username = username;
        SeesPlan = consents.Contains(CarerConsent.Plan);
        SeesReviews = consents.Contains(CarerConsent.Reviews);
        ConsentGivenAt = now;
        ConsentRecordedBySubject = actor.Subject;
        ConsentRecordedByName = actor.Name;
        ConsentRecordedByRole = actor.Role;
    }

    public Id<Carer> Id { get; private set; }

    /// <summary>The person they care for, who gave the consent.</summary>
    public Id<Person> PersonId { get; private set; }

    public string FullName { get; private set; }

    /// <summary>Who they are to the person, in the person's words ("sister", "neighbour").</summary>
    public string Relationship { get; private set; }

    /// <summary>The subject the carer signs in as, with the Helper role.</summary>
    public string Username { get; private set; }

    /// <summary>Consent to see the plan in force (always true: a carer is never recorded without it).</summary>
    public bool SeesPlan { get; private set; }

    /// <summary>Consent to see the plan's reviews and review requests.</summary>
    public bool SeesReviews { get; private set; }

    /// <summary>What the person consented to, in <see cref="CarerConsent"/> order.</summary>
    public IReadOnlyList<CarerConsent> Consents =>
        Enum.GetValues<CarerConsent>().Where(c => c switch { CarerConsent.Plan => SeesPlan, CarerConsent.Reviews => SeesReviews, _ => false }).ToList();

    /// <summary>When the person gave their consent (when it was recorded).</summary>
    public DateTimeOffset ConsentGivenAt { get; private set; }

    public string ConsentRecordedBySubject { get; private set; }

    public string ConsentRecordedByName { get; private set; }

    /// <summary>The person themselves, or their Key Worker (or an administrator) recording the person's consent.</summary>
    public ActorRole ConsentRecordedByRole { get; private set; }

    /// <summary>When the person withdrew consent; from then on the carer sees nothing and their sign-in is refused.</summary>
    public DateTimeOffset? ConsentWithdrawnAt { get; private set; }

    public string? ConsentWithdrawnByName { get; private set; }

    public bool ConsentInForce => ConsentWithdrawnAt is null;

    public int EditRevision { get; private set; }

    /// <summary>
    /// R26, R33: records a carer with the person's consent. The person records it themselves, or their Key Worker (or an
    /// administrator) records the consent the person gave them. The consent must include the plan; one username is
    /// recorded once per person while its consent is in force (<paramref name="carersOfPerson"/>: the person's carers).
    /// </summary>
    public static Result<Carer> Record(
        Person person,
        string fullName,
        string relationship,
        string username,
        IReadOnlyCollection<CarerConsent> consents,
        IEnumerable<Carer> carersOfPerson,
        Actor actor,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(consents);
        ArgumentNullException.ThrowIfNull(carersOfPerson);
        ArgumentNullException.ThrowIfNull(actor);
        if (!MayRecordFor(person, actor))
        {
            return Result<Carer>.Fail(new ActorNotPermittedError(actor.Role, "record a carer; the person does, or their Key Worker records the person's consent"));
        }

        var errors = FreeText.Require(fullName, "fullName", MaxNameLength)
            .Concat(FreeText.Require(relationship, "relationship", MaxRelationshipLength))
            .Concat(FreeText.Require(username, "username", MaxUsernameLength))
            .ToList();
        if (!consents.Contains(CarerConsent.Plan))
        {
            errors.Add(new PlanConsentRequiredError());
        }

        var login = username?.Trim() ?? string.Empty;
        if (login.Length > 0 && carersOfPerson.Any(c => c.PersonId == person.Id && c.ConsentInForce && string.Equals(c.Username, login, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(new CarerAlreadyRecordedError(login));
        }

        return errors.Count > 0
            ? Result<Carer>.Fail(errors)
            : Result<Carer>.Ok(new Carer(person, fullName.Trim(), relationship.Trim(), login, consents, actor, now));
    }

    /// <summary>
    /// R33: the person withdraws their consent (or their Key Worker records that they did). Access ends at once: the
    /// carer's sign-in is refused and nothing of the person is shown to them. It cannot be undone; record the carer again.
    /// </summary>
    public Result WithdrawConsent(Person person, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(actor);
        if (person.Id != PersonId)
        {
            throw new ArgumentException("The carer is recorded for another person.", nameof(person));
        }

        if (!MayRecordFor(person, actor))
        {
            return Result.Fail(new ActorNotPermittedError(actor.Role, "withdraw a carer's consent; the person does, or their Key Worker records it"));
        }

        if (ConsentWithdrawnAt is { } withdrawnAt)
        {
            return Result.Fail(new CarerConsentWithdrawnError(withdrawnAt));
        }

        ConsentWithdrawnAt = now;
        ConsentWithdrawnByName = actor.Name;
        EditRevision++;
        return Result.Success;
    }

    private static bool MayRecordFor(Person person, Actor actor) =>
        (actor.Role == ActorRole.Person && actor.Subject == person.Reference) || actor.Role.CanDecidePlans();
}
