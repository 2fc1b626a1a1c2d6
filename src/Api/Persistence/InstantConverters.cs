using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CarePlanGraph.Api.Persistence;

/// <summary>
/// Stores an instant on SQLite as a sortable integer (SQLite cannot compare or order DateTimeOffset text), in EF
/// Core's binary layout but always in UTC: EF's own converter encodes the wall-clock time, so 09:45+01:00 would sort
/// after 09:30Z. Rows written before (all UTC) read back unchanged.
/// </summary>
internal sealed class SqliteInstantConverter() : ValueConverter<DateTimeOffset, long>(
    instant => (instant.UtcTicks / 1000) << 11,
    stored => new DateTimeOffset(new DateTime((stored >> 11) * 1000), new TimeSpan(0, (int)((stored << 53) >> 53), 0)));

/// <summary>
/// Stores an instant on PostgreSQL as native <c>timestamp with time zone</c>, which holds UTC only: Npgsql refuses any
/// other offset, so an instant given with one (a client's +01:00) is stored as the same moment in UTC.
/// </summary>
internal sealed class PostgresInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    instant => instant.ToUniversalTime(),
    stored => stored);
