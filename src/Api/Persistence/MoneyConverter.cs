using CarePlanGraph.Domain.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CarePlanGraph.Api.Persistence;

/// <summary>Stores money as whole pence in an integer column (R03): SQLite can sum and compare it.</summary>
internal sealed class MoneyConverter() : ValueConverter<Money, long>(money => money.Pence, pence => new Money(pence));
