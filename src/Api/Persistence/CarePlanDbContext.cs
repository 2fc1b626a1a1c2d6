using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Audit;
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
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Persistence;

/// <summary>
/// The unit of work over the care-planning store. Entity mappings live beside each feature. The application asks for
/// this type; one derived context per database provider (<see cref="SqliteCarePlanDbContext"/>,
/// <see cref="PostgresCarePlanDbContext"/>) owns that provider's migrations, as EF Core documents for multiple providers.
/// </summary>
public abstract class CarePlanDbContext(DbContextOptions options, IServiceProvider? scope) : DbContext(options)
{
    /// <summary>
    /// The DI scope this unit of work belongs to (null for a context made by hand: migrations, tests). The options are
    /// built once for the application, so whatever acts for the scope (the audit interceptor's caller) is found here.
    /// </summary>
    internal IServiceProvider? Scope { get; } = scope;

    public DbSet<Person> People => Set<Person>();

    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();

    public DbSet<Carer> Carers => Set<Carer>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<CarePlan> CarePlans => Set<CarePlan>();

    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();

    public DbSet<SupportItem> SupportItems => Set<SupportItem>();

    public DbSet<PlanEvent> PlanEvents => Set<PlanEvent>();

    /// <summary>Reviews of plans whose support is in place (R20–R22).</summary>
    public DbSet<Review> Reviews => Set<Review>();

    /// <summary>Requests for a review (R21).</summary>
    public DbSet<ReviewRequest> ReviewRequests => Set<ReviewRequest>();

    /// <summary>Safety concerns, for the safeguarding team only (R24).</summary>
    public DbSet<SafetyConcern> SafetyConcerns => Set<SafetyConcern>();

    /// <summary>Complaints to Customer Services (R25).</summary>
    public DbSet<Complaint> Complaints => Set<Complaint>();

    /// <summary>Requests to meet all key staff after a decline (R17).</summary>
    public DbSet<ResolutionMeetingRequest> ResolutionMeetingRequests => Set<ResolutionMeetingRequest>();

    /// <summary>The Key Worker's check-ins once support is in place (R32).</summary>
    public DbSet<CheckIn> CheckIns => Set<CheckIn>();

    /// <summary>Client applications of outside organisations and of the council (issue 15).</summary>
    public DbSet<Integration> Integrations => Set<Integration>();

    /// <summary>Integrations' webhook endpoints (issue 16).</summary>
    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();

    /// <summary>Plan events on their way to webhook endpoints (issue 16).</summary>
    public DbSet<Webhooks.Delivery.WebhookDelivery> WebhookDeliveries => Set<Webhooks.Delivery.WebhookDelivery>();

    /// <summary>Every attempt at a webhook delivery.</summary>
    public DbSet<Webhooks.Delivery.WebhookAttempt> WebhookAttempts => Set<Webhooks.Delivery.WebhookAttempt>();

    /// <summary>Integrations' trusted documents (issue 15).</summary>
    public DbSet<TrustedDocument> TrustedDocuments => Set<TrustedDocument>();

    /// <summary>The append-only audit log (R30).</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>
    /// Inserts new audit rows in one transaction, and nothing else: the audit writer's batches (thousands of rows that
    /// are never changed once added). Each provider writes them in bulk, around EF Core's change tracker, and must store
    /// them exactly as EF Core would (<see cref="AuditTableMapping"/>): the audit log is read back through EF Core.
    /// </summary>
    public abstract Task AppendAuditRowsAsync(IReadOnlyCollection<AuditEntry> rows, CancellationToken cancellationToken);

    /// <summary>
    /// Makes the database the connection string names, if there is none, before the migrations run; anything this
    /// does not handle is left to the migrations, which create a missing database their own way. SQLite makes its file
    /// when it is first opened, so by default this does nothing.
    /// </summary>
    public virtual Task CreateDatabaseIfMissingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CarePlanDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Money>().HaveConversion<MoneyConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);

        IdConventions.Register(configurationBuilder);
    }
}
