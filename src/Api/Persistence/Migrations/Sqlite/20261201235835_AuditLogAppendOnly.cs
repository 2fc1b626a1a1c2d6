using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarePlanGraph.Api.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// Hand-written (no model change): the audit log is append-only in the database itself, not only in the
    /// application's interceptor (R30). Keep this migration when regenerating the others.
    /// </summary>
    public partial class AuditLogAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_refuse_update" BEFORE UPDATE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'The audit log is append-only: audit rows are never changed or deleted.'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "AuditEntries_refuse_delete" BEFORE DELETE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'The audit log is append-only: audit rows are never changed or deleted.'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "AuditEntries_refuse_update";""");
            migrationBuilder.Sql("""DROP TRIGGER "AuditEntries_refuse_delete";""");
        }
    }
}
