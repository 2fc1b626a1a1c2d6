using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePlanGraph.Api.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SupportItemVersionProviderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SupportItems_PlanVersionId",
                table: "SupportItems");

            migrationBuilder.CreateIndex(
                name: "IX_SupportItems_PlanVersionId_ProviderId",
                table: "SupportItems",
                columns: new[] { "PlanVersionId", "ProviderId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SupportItems_PlanVersionId_ProviderId",
                table: "SupportItems");

            migrationBuilder.CreateIndex(
                name: "IX_SupportItems_PlanVersionId",
                table: "SupportItems",
                column: "PlanVersionId");
        }
    }
}
