using System.Data.Common;
using System.Globalization;
using CarePlanGraph.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CarePlanGraph.Api.Persistence;

/// <summary>The store on SQLite (the default): owns the migrations in <c>Persistence/Migrations/Sqlite</c>.</summary>
public sealed class SqliteCarePlanDbContext(DbContextOptions<SqliteCarePlanDbContext> options, IServiceProvider? scope = null) : CarePlanDbContext(options, scope)
{
    /// <summary>
    /// SQLite's bulk path: one INSERT, prepared once and run for each row, in one transaction (what Microsoft.Data.Sqlite
    /// documents for bulk inserts). Columns, conversions and parameter types come from EF Core's model, so the rows are
    /// stored exactly as EF Core would store them. No save interceptor runs: audit rows are new rows of no one's record,
    /// which is all they would check.
    /// </summary>
    /// <remarks>
    /// 5,000 subscribers' delivery rows through EF Core's change tracker and batches took 44 % of the server's CPU while
    /// the change was delivered (docs/decisions/0013).
    /// </remarks>
    public override async Task AppendAuditRowsAsync(IReadOnlyCollection<AuditEntry> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = AuditTableMapping.Of(this);
        await Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var command = Database.GetDbConnection().CreateCommand();
                await using (command.ConfigureAwait(false))
                {
                    command.Transaction = transaction.GetDbTransaction();
                    var parameters = new DbParameter[table.ColumnNames.Count];
                    for (var column = 0; column < parameters.Length; column++)
                    {
                        parameters[column] = table.CreateParameter(command, column, "$p" + column.ToString(CultureInfo.InvariantCulture));
                        command.Parameters.Add(parameters[column]);
                    }

                    command.CommandText = $"INSERT INTO {table.Table} ({string.Join(", ", table.ColumnNames)}) VALUES ({string.Join(", ", parameters.Select(p => p.ParameterName))})";
                    foreach (var row in rows)
                    {
                        for (var column = 0; column < parameters.Length; column++)
                        {
                            parameters[column].Value = table.ProviderValue(column, row) ?? DBNull.Value;
                        }

                        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);

        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<SqliteInstantConverter>();
    }
}
