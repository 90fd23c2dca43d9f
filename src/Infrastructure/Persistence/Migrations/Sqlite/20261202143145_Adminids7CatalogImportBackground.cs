using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Headless.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    /// <summary>Background CSV import jobs (file, lease, requester) and per-row mode; existing jobs were all or nothing.</summary>
    public partial class Adminids7CatalogImportBackground : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "actor_id",
                table: "catalog_import_jobs",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "actor_kind",
                table: "catalog_import_jobs",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "background",
                table: "catalog_import_jobs",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "client_address",
                table: "catalog_import_jobs",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "csv",
                table: "catalog_import_jobs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "lease_owner",
                table: "catalog_import_jobs",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "lease_until",
                table: "catalog_import_jobs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "mode",
                table: "catalog_import_jobs",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "AllOrNothing");

            migrationBuilder.AddColumn<string>(
                name: "request_id",
                table: "catalog_import_jobs",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "rows_failed",
                table: "catalog_import_jobs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "ix_catalog_import_jobs_status_lease_until",
                table: "catalog_import_jobs",
                columns: new[] { "status", "lease_until" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_catalog_import_jobs_status_lease_until",
                table: "catalog_import_jobs");

            migrationBuilder.DropColumn(
                name: "actor_id",
                table: "catalog_import_jobs");

            migrationBuilder.DropColumn(
                name: "actor_kind",
                table: "catalog_import_jobs");

            migrationBuilder.DropColumn(
                name: "background",
                table: "catalog_import_jobs");

            migrationBuilder.DropColumn(
                name: "client_address",
                table: "catalog_import_jobs");

            migrationBuilder.DropColumn(
                name: "csv",
                table: "catalog_import_jobs");

            migrationBuilder.DropColumn(
                name: "lease_owner",
                table: "catalog_import_jobs");

            migrationBuilder.DropColumn(
                name: "lease_until",
                table: "catalog_import_jobs");

            migrationBuilder.DropColumn(
                name: "mode",
                table: "catalog_import_jobs");

            migrationBuilder.DropColumn(
                name: "request_id",
                table: "catalog_import_jobs");

            migrationBuilder.DropColumn(
                name: "rows_failed",
                table: "catalog_import_jobs");
        }
    }
}
