using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePlanGraph.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlanVersionTotalAnnualCost : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "TotalAnnualCost",
                table: "PlanVersions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Existing versions: the same sum the domain keeps (unit cost × quantity × times a year, R04), in whole
            // pence; frequencies are stored by name.
            migrationBuilder.Sql("""
                UPDATE "PlanVersions" SET "TotalAnnualCost" = COALESCE((
                    SELECT SUM(i."UnitCost" * i."Quantity" * CASE i."Frequency"
                        WHEN 'Fortnightly' THEN 26 WHEN 'FourWeekly' THEN 13 WHEN 'Monthly' THEN 12 WHEN 'Quarterly' THEN 4
                        WHEN 'Annually' THEN 1 WHEN 'OneOff' THEN 1 ELSE 52 END)
                    FROM "SupportItems" AS i WHERE i."PlanVersionId" = "PlanVersions"."Id"), 0);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TotalAnnualCost",
                table: "PlanVersions");
        }
    }
}
