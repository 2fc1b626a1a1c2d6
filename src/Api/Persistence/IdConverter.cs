using CarePlanGraph.Domain.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CarePlanGraph.Api.Persistence;

/// <summary>Stores a strongly typed ID as its GUID.</summary>
internal sealed class IdConverter<TEntity>() : ValueConverter<Id<TEntity>, Guid>(id => id.Value, value => new Id<TEntity>(value));
