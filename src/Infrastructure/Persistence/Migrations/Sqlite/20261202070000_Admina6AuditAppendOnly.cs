using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Headless.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// Hand-written, no model change: the database itself refuses UPDATE and DELETE on <c>audit_entries</c>, so the
    /// log stays append-only even for a raw connection. A later migration that rebuilds the table (SQLite's way to
    /// alter columns) drops these triggers with it and must create them again.
    /// </summary>
    [DbContext(typeof(SqliteHeadlessDbContext))]
    [Migration("20261202070000_Admina6AuditAppendOnly")]
    public sealed class Admina6AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_entries_refuse_update BEFORE UPDATE ON audit_entries
                BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only: UPDATE refused'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_entries_refuse_delete BEFORE DELETE ON audit_entries
                BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only: DELETE refused'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entries_refuse_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entries_refuse_delete;");
        }
    }
}
