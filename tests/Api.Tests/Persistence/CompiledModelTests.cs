using CarePlanGraph.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CarePlanGraph.Api.Tests.Persistence;

/// <summary>
/// The API runs on compiled models (src/Api/Persistence/CompiledModels, decision 0018): EF Core uses them as they are,
/// so one that is not regenerated after a model change would silently map the old model. Each is compared with the
/// model the code builds today (the design-time model): entity types, properties, keys, navigations, indexes, the
/// tables and columns, and every property's value converter and comparer. No database is needed.
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void The_sqlite_compiled_model_is_the_model_the_code_builds()
    {
        using var db = new SqliteCarePlanDbContext(new DbContextOptionsBuilder<SqliteCarePlanDbContext>().UseSqlite("Data Source=:memory:").Options);
        AssertSameModel(db, typeof(CarePlanGraph.Api.Persistence.CompiledModels.Sqlite.SqliteCarePlanDbContextModel), "Sqlite");
    }

    [Fact]
    public void The_postgres_compiled_model_is_the_model_the_code_builds()
    {
        using var db = new PostgresCarePlanDbContext(new DbContextOptionsBuilder<PostgresCarePlanDbContext>().UseNpgsql("Host=127.0.0.1;Database=unused").Options);
        AssertSameModel(db, typeof(CarePlanGraph.Api.Persistence.CompiledModels.Postgres.PostgresCarePlanDbContextModel), "Postgres");
    }

    /// <summary>
    /// EF Core copies a property's converter into every query's compiled reader, and a lambda inside it (a
    /// <c>Select(part =&gt; …)</c>) is then made into a new delegate for each row read: on the provider dashboard that
    /// was two delegates per support item. So converters call methods instead; this finds any that do not.
    /// </summary>
    [Fact]
    public void No_converter_makes_a_delegate_for_each_row_it_reads()
    {
        using var sqlite = new SqliteCarePlanDbContext(new DbContextOptionsBuilder<SqliteCarePlanDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresCarePlanDbContext(new DbContextOptionsBuilder<PostgresCarePlanDbContext>().UseNpgsql("Host=127.0.0.1;Database=unused").Options);
        var offenders = new[] { sqlite.Model, postgres.Model }
            .SelectMany(model => model.GetEntityTypes())
            .SelectMany(entity => entity.GetProperties().Concat(entity.GetComplexProperties().SelectMany(complex => complex.ComplexType.GetProperties())))
            .SelectMany(property => ExpressionsOf(property).Where(HasNestedLambda).Select(_ => $"{property.DeclaringType.Name}.{property.Name}"))
            .Distinct()
            .ToList();

        Assert.True(offenders.Count == 0, "These properties' converters have a lambda inside: " + string.Join(", ", offenders));
        Assert.True(HasNestedLambda(OldIdListParse), "the check finds a lambda inside a converter's expression");
    }

    /// <summary>
    /// A record kept in its owner's columns and mapped as an owned entity is read through a fix-up that EF Core builds
    /// as new delegates for every row, and a page of the provider dashboard reads about a hundred plans and versions.
    /// So the plan's and the version's records are complex properties, read inline (decision 0021); the advocacy
    /// record stays owned because its advocate's organisation is indexed, which EF Core 10 allows on owned types only.
    /// </summary>
    [Fact]
    public void The_records_kept_in_a_plan_s_or_a_version_s_row_are_read_inline()
    {
        using var sqlite = new SqliteCarePlanDbContext(new DbContextOptionsBuilder<SqliteCarePlanDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresCarePlanDbContext(new DbContextOptionsBuilder<PostgresCarePlanDbContext>().UseNpgsql("Host=127.0.0.1;Database=unused").Options);
        // The model the configuration builds; the two tests above hold the compiled models to it.
        foreach (var model in new CarePlanDbContext[] { sqlite, postgres }.Select(db => db.GetService<IDesignTimeModel>().Model))
        {
            var plan = model.FindEntityType(typeof(CarePlanGraph.Domain.Plans.CarePlan))!;
            var version = model.FindEntityType(typeof(CarePlanGraph.Domain.Plans.PlanVersion))!;
            var ownedInColumns = new[] { plan, version }
                .SelectMany(entity => entity.GetNavigations())
                .Where(navigation => navigation.ForeignKey.IsOwnership && !navigation.IsCollection && !navigation.TargetEntityType.IsMappedToJson())
                .Select(navigation => $"{navigation.DeclaringEntityType.ClrType.Name}.{navigation.Name}")
                .ToList();

            Assert.Equal(["CarePlan.Advocacy"], ownedInColumns);
            Assert.Equal(
                ["BestInterestsConfirmation", "OwnDecisionsConfirmation"],
                version.GetComplexProperties().Where(p => !p.IsCollection && p.IsNullable).Select(p => p.Name).Order());
            Assert.Equal(
                ["RiskPanelDecision", "RiskPanelReferral"],
                plan.GetComplexProperties().Where(p => p.IsNullable).Select(p => p.Name).Order());
        }
    }

    private static readonly System.Linq.Expressions.Expression<Func<string, List<Guid>>> OldIdListParse =
        text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(part => Guid.ParseExact(part, "N")).ToList();

    // Converters only: they are in every read. Comparers work on tracked changes, and EF Core's own (primitive
    // collections) have lambdas inside; ours (ListComparer) call methods as well.
    private static System.Linq.Expressions.LambdaExpression[] ExpressionsOf(IReadOnlyProperty property) =>
        property.GetValueConverter() is { } converter ? [converter.ConvertToProviderExpression, converter.ConvertFromProviderExpression] : [];

    private static bool HasNestedLambda(System.Linq.Expressions.LambdaExpression expression)
    {
        var finder = new NestedLambdaFinder();
        finder.Visit(expression.Body);
        return finder.Found;
    }

    private sealed class NestedLambdaFinder : System.Linq.Expressions.ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override System.Linq.Expressions.Expression VisitLambda<T>(System.Linq.Expressions.Expression<T> node)
        {
            Found = true;
            return node;
        }
    }

    private static void AssertSameModel(CarePlanDbContext db, Type compiledModelType, string provider)
    {
        var compiled = db.Model;
        var built = db.GetService<IDesignTimeModel>().Model;
        Assert.IsType(compiledModelType, compiled);
        Assert.IsNotType(compiledModelType, built);

        var message = "The compiled model is out of date: regenerate it (README, 'A new migration'): dotnet ef dbcontext optimize --project src/Api " +
            $"--context {db.GetType().Name} --output-dir Persistence/CompiledModels/{provider} --namespace CarePlanGraph.Api.Persistence.CompiledModels.{provider}";
        var (expected, actual) = (Describe(built), Describe(compiled));
        Assert.True(expected == actual, message + Environment.NewLine + FirstDifference(expected, actual));
    }

    /// <summary>The model without EF's internal annotations (a runtime model drops them), its tables, converters and comparers.</summary>
    private static string Describe(IModel model) => string.Join(
        Environment.NewLine,
        model.ToDebugString(default),
        model.GetRelationalModel().ToDebugString(default),
        string.Join(Environment.NewLine, model.GetEntityTypes()
            .SelectMany(entity => entity.GetProperties().Concat(entity.GetComplexProperties().SelectMany(complex => complex.ComplexType.GetProperties())))
            .Select(property => $"{property.DeclaringType.Name}.{property.Name}: {Describe(property.GetValueConverter())}; {Describe(property.GetValueComparer())}")
            .Order(StringComparer.Ordinal)));

    /// <summary>
    /// A converter by what it does: the compiled model may copy a converter's expressions into code of its own rather
    /// than name its class, so an edited converter must show up as different expressions.
    /// </summary>
    private static string Describe(Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? converter) => converter is null
        ? "no converter"
        : $"{converter.ModelClrType} → {converter.ProviderClrType}: {converter.ConvertToProviderExpression} | {converter.ConvertFromProviderExpression}";

    private static string Describe(Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer comparer) =>
        $"{comparer.EqualsExpression} | {comparer.HashCodeExpression} | {comparer.SnapshotExpression}";

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split(Environment.NewLine);
        var actualLines = actual.Split(Environment.NewLine);
        for (var i = 0; i < Math.Min(expectedLines.Length, actualLines.Length); i++)
        {
            if (expectedLines[i] != actualLines[i])
            {
                return $"line {i + 1}: the code builds '{expectedLines[i].Trim()}', the compiled model has '{actualLines[i].Trim()}'";
            }
        }

        return $"the code's description has {expectedLines.Length} lines, the compiled model's {actualLines.Length}";
    }
}
