using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Headless.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Pipeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "confirmed_at",
                table: "stock_allocations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "shipment_id",
                table: "stock_allocations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recipient_country",
                table: "products",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recipient_field",
                table: "products",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "fulfilled_at",
                table: "order_lines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "fulfillment_failure",
                table: "order_lines",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "fulfillment_reference",
                table: "order_lines",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "fulfillment_status",
                table: "order_lines",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "order_lines",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recipient",
                table: "order_lines",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recipient",
                table: "cart_lines",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "pipeline_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    handler = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    trigger_sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<long>(type: "INTEGER", nullable: false),
                    lease_owner = table.Column<Guid>(type: "TEXT", nullable: true),
                    lease_expires_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pipeline_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_pipeline_steps_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sandbox_effects",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sandbox_effects", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "shipments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    location_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    carrier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    tracking_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    tracking_url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    label_url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    events = table.Column<string>(type: "TEXT", nullable: true),
                    lines = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipments", x => x.id);
                    table.ForeignKey(
                        name: "fk_shipments_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_pipeline_steps_order_id_handler",
                table: "pipeline_steps",
                columns: new[] { "order_id", "handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_pipeline_steps_status_next_attempt_at",
                table: "pipeline_steps",
                columns: new[] { "status", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_sandbox_effects_subject",
                table: "sandbox_effects",
                column: "subject");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_carrier_status",
                table: "shipments",
                columns: new[] { "carrier", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_shipments_order_id_number",
                table: "shipments",
                columns: new[] { "order_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_shipments_tracking_number",
                table: "shipments",
                column: "tracking_number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pipeline_steps");

            migrationBuilder.DropTable(
                name: "sandbox_effects");

            migrationBuilder.DropTable(
                name: "shipments");

            migrationBuilder.DropColumn(
                name: "confirmed_at",
                table: "stock_allocations");

            migrationBuilder.DropColumn(
                name: "shipment_id",
                table: "stock_allocations");

            migrationBuilder.DropColumn(
                name: "recipient_country",
                table: "products");

            migrationBuilder.DropColumn(
                name: "recipient_field",
                table: "products");

            migrationBuilder.DropColumn(
                name: "fulfilled_at",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "fulfillment_failure",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "fulfillment_reference",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "fulfillment_status",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "recipient",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "recipient",
                table: "cart_lines");
        }
    }
}
