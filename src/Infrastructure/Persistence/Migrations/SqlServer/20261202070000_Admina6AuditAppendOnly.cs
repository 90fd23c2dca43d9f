using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Headless.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <summary>
    /// Hand-written, no model change: the database itself refuses UPDATE and DELETE on <c>audit_entries</c> (an
    /// INSTEAD OF trigger that raises, so nothing is changed), keeping the log append-only even for a raw connection.
    /// </summary>
    [DbContext(typeof(SqlServerHeadlessDbContext))]
    [Migration("20261202070000_Admina6AuditAppendOnly")]
    public sealed class Admina6AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // CREATE TRIGGER must open its batch; EF sends each Sql operation as a batch of its own.
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_entries_refuse_change ON audit_entries INSTEAD OF UPDATE, DELETE AS
                BEGIN
                  THROW 51000, 'audit_entries is append-only: UPDATE and DELETE are refused', 1;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entries_refuse_change;");
        }
    }
}
