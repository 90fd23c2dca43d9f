using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Headless.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Payments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "delivery_refusals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    order_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    customer_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    email_index = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    payment_method = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    note = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_delivery_refusals", x => x.id);
                    table.ForeignKey(
                        name: "fk_delivery_refusals_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_delivery_refusals_customer_id",
                table: "delivery_refusals",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_delivery_refusals_email_index",
                table: "delivery_refusals",
                column: "email_index");

            migrationBuilder.CreateIndex(
                name: "ix_delivery_refusals_order_id",
                table: "delivery_refusals",
                column: "order_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "delivery_refusals");
        }
    }
}
