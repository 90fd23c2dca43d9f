using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Headless.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AdminOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "held_at",
                table: "orders",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "held_by",
                table: "orders",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "hold_reason",
                table: "orders",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "on_hold",
                table: "orders",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    occurred_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    actor_kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    actor_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    action = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    target_type = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    target_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    outcome = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    error_codes = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    changes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    request_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    client_address = table.Column<string>(type: "nvarchar(45)", maxLength: 45, nullable: true),
                    idempotency_key = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "order_notes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    order_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    author_kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    author_id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_order_notes_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_orders_placed_at_id",
                table: "orders",
                columns: new[] { "placed_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_action_target_id_idempotency_key",
                table: "audit_entries",
                columns: new[] { "action", "target_id", "idempotency_key" },
                unique: true,
                filter: "[target_id] IS NOT NULL AND [idempotency_key] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_actor_id_id",
                table: "audit_entries",
                columns: new[] { "actor_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_occurred_at",
                table: "audit_entries",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_target_type_target_id_id",
                table: "audit_entries",
                columns: new[] { "target_type", "target_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_order_notes_order_id_created_at",
                table: "order_notes",
                columns: new[] { "order_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "order_notes");

            migrationBuilder.DropIndex(
                name: "ix_orders_placed_at_id",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "held_at",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "held_by",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "hold_reason",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "on_hold",
                table: "orders");
        }
    }
}
