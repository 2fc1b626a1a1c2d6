using System.Data.Common;
using CarePlanGraph.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CarePlanGraph.Api.Persistence;

/// <summary>
/// The audit table as EF Core maps it, for the providers' bulk paths (<see cref="CarePlanDbContext.AppendAuditRowsAsync"/>):
/// its name and columns, delimited, and each column's value for a row as the provider stores it (EF Core's own
/// conversions), so rows written around EF Core read back, filter and sort exactly as rows EF Core wrote.
/// </summary>
internal sealed class AuditTableMapping
{
    private readonly (IClrPropertyGetter Getter, RelationalTypeMapping Mapping, bool Nullable)[] _columns;

    private AuditTableMapping(string table, IReadOnlyList<string> columnNames, (IClrPropertyGetter, RelationalTypeMapping, bool)[] columns)
    {
        Table = table;
        ColumnNames = columnNames;
        _columns = columns;
    }

    /// <summary>The table's delimited name, with its schema where it has one.</summary>
    public string Table { get; }

    /// <summary>The columns' delimited names, in the order of <see cref="ProviderValue"/>'s index.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    public static AuditTableMapping Of(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entityType = context.Model.FindEntityType(typeof(AuditEntry)) ?? throw new InvalidOperationException("AuditEntry is not mapped.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().ToArray();
        var sql = context.GetService<ISqlGenerationHelper>();
        return new AuditTableMapping(
            sql.DelimitIdentifier(table.Name, table.Schema),
            [.. properties.Select(property => sql.DelimitIdentifier(property.GetColumnName(table)!))],
            [.. properties.Select(property => (property.GetGetter(), (RelationalTypeMapping)property.GetTypeMapping(), property.IsNullable))]);
    }

    /// <summary>The value of column <paramref name="column"/> for <paramref name="row"/> as stored, or null.</summary>
    public object? ProviderValue(int column, AuditEntry row)
    {
        var (getter, mapping, _) = _columns[column];
        var value = getter.GetClrValueUsingContainingEntity(row);
        return value is not null && mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }

    /// <summary>A parameter of <paramref name="command"/> for column <paramref name="column"/>, typed as EF Core types it; its value is set per row.</summary>
    public DbParameter CreateParameter(DbCommand command, int column, string name)
    {
        var (_, mapping, nullable) = _columns[column];
        return mapping.CreateParameter(command, name, null, nullable);
    }
}
