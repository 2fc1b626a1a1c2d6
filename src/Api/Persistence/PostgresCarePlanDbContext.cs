using CarePlanGraph.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CarePlanGraph.Api.Persistence;

/// <summary>The store on PostgreSQL: owns the migrations in <c>Persistence/Migrations/Postgres</c>.</summary>
public sealed class PostgresCarePlanDbContext(DbContextOptions<PostgresCarePlanDbContext> options, IServiceProvider? scope = null) : CarePlanDbContext(options, scope)
{
    /// <summary>
    /// PostgreSQL's bulk path, <c>COPY … FROM STDIN (FORMAT BINARY)</c>: one statement, so one transaction, with no
    /// per-row SQL to build or parse. Columns and conversions come from EF Core's model, so the rows are stored exactly
    /// as EF Core would store them (the audit log is read back through EF Core). No save interceptor runs: audit rows
    /// are new rows of no one's record, which is all they would check.
    /// </summary>
    /// <remarks>5,000 subscribers' delivery rows: EF Core's inserts were a fifth of the fan-out's CPU (docs/decisions/0013).</remarks>
    public override async Task AppendAuditRowsAsync(IReadOnlyCollection<AuditEntry> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = AuditTableMapping.Of(this);
        var copy = $"COPY {table.Table} ({string.Join(", ", table.ColumnNames)}) FROM STDIN (FORMAT BINARY)";

        await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = (NpgsqlConnection)Database.GetDbConnection();
            var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken).ConfigureAwait(false);
            await using (importer.ConfigureAwait(false))
            {
                foreach (var row in rows)
                {
                    await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    for (var column = 0; column < table.ColumnNames.Count; column++)
                    {
                        var value = table.ProviderValue(column, row);
                        if (value is null)
                        {
                            await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                        }
                        else
                        {
                            await importer.WriteAsync(value, cancellationToken).ConfigureAwait(false);
                        }
                    }
                }

                // Nothing is stored unless this completes: disposing an importer that did not complete cancels the copy.
                await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Creates the named database with a plain <c>CREATE DATABASE</c>, connected to the server's <c>postgres</c>
    /// database. EF Core's migrations would create it too, but first build the whole design-time model from
    /// <c>OnModelCreating</c> (about 0.4 s of a start that creates the database, measured with dotnet-trace) only to
    /// read a template, collation and tablespace this model never sets. A server without a <c>postgres</c> database,
    /// or a connection string naming no database, is left to the migrations.
    /// </summary>
    public override async Task CreateDatabaseIfMissingAsync(CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(Database.GetConnectionString());
        if (string.IsNullOrEmpty(target.Database))
        {
            return;
        }

        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };
        var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            try
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
            {
                return;
            }

            var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = target.Database } } };
            await using (exists.ConfigureAwait(false))
            {
                if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
                {
                    return;
                }
            }

            var create = new NpgsqlCommand($"CREATE DATABASE {this.GetService<ISqlGenerationHelper>().DelimitIdentifier(target.Database)}", connection);
            await using (create.ConfigureAwait(false))
            {
                try
                {
                    await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
                {
                    // Another instance starting at the same moment made it first: the same outcome.
                }
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);

        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<PostgresInstantConverter>();

        // Text compares and sorts by code point, as SQLite's default BINARY collation does, whatever locale the server
        // was created with: names list in the same order on both providers and on every deployment.
        configurationBuilder.Properties<string>().UseCollation("C");
    }
}
