using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Headless.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Checkout7OrderNumberSequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "order_numbers");

            // Numbers go on from where the counter row (which SQLite keeps using) stopped.
            migrationBuilder.Sql(
                "SELECT setval('order_numbers', COALESCE((SELECT value FROM order_number_counters WHERE name = 'orders'), 0) + 1, false);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropSequence(
                name: "order_numbers");
        }
    }
}
