using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Headless.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Ordering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "carts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    token_hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    shipping_method_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    billing_city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    billing_company = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    billing_country_code = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: true),
                    billing_first_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    billing_last_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    billing_line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    billing_line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    billing_phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    billing_postal_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    billing_region = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    shipping_city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    shipping_company = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    shipping_country_code = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: true),
                    shipping_first_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    shipping_last_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    shipping_line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    shipping_line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    shipping_phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    shipping_postal_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    shipping_region = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_carts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "order_number_counters",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_number_counters", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    cart_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    idempotency_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    access_token_hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    shipping_method_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    shipping_method_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    requires_shipping = table.Column<bool>(type: "INTEGER", nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    tracking_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    placed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    billing_city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    billing_company = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    billing_country_code = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: true),
                    billing_first_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    billing_last_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    billing_line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    billing_line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    billing_phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    billing_postal_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    billing_region = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    discount_total_amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    discount_total_currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    shipping_city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    shipping_company = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    shipping_country_code = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: true),
                    shipping_first_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    shipping_last_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    shipping_line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    shipping_line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    shipping_phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    shipping_postal_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    shipping_region = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    shipping_total_amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    shipping_total_currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    subtotal_amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    subtotal_currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    total_amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    total_currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    topic = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    published_at = table.Column<long>(type: "INTEGER", nullable: true),
                    lease_owner = table.Column<Guid>(type: "TEXT", nullable: true),
                    lease_expires_at = table.Column<long>(type: "INTEGER", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "processed_webhooks",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_processed_webhooks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cart_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    cart_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    variant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cart_lines", x => x.id);
                    table.CheckConstraint("ck_cart_lines_quantity", "quantity >= 1 AND quantity <= 99");
                    table.ForeignKey(
                        name: "fk_cart_lines_carts_cart_id",
                        column: x => x.cart_id,
                        principalTable: "carts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stock_reservations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    cart_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    variant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stock_reservations", x => x.id);
                    table.ForeignKey(
                        name: "fk_stock_reservations_carts_cart_id",
                        column: x => x.cart_id,
                        principalTable: "carts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_stock_reservations_product_variants_variant_id",
                        column: x => x.variant_id,
                        principalTable: "product_variants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "order_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    transition = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    from_state = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    to_state = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_order_events_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "order_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    variant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    product_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    product_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    variant_title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    requires_shipping = table.Column<bool>(type: "INTEGER", nullable: false),
                    tracks_inventory = table.Column<bool>(type: "INTEGER", nullable: false),
                    line_total_amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    line_total_currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    unit_price_amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    unit_price_currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_order_lines_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "payments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    provider = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    authorization_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    captured_amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    refunded_amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    amount_amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    amount_currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments", x => x.id);
                    table.ForeignKey(
                        name: "fk_payments_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stock_allocations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    variant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    location_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stock_allocations", x => x.id);
                    table.CheckConstraint("ck_stock_allocations_quantity", "quantity > 0");
                    table.ForeignKey(
                        name: "fk_stock_allocations_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "order_number_counters",
                columns: new[] { "name", "value" },
                values: new object[] { "orders", 0L });

            migrationBuilder.CreateIndex(
                name: "ix_cart_lines_cart_id_variant_id",
                table: "cart_lines",
                columns: new[] { "cart_id", "variant_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_carts_token_hash",
                table: "carts",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_order_events_order_id_sequence",
                table: "order_events",
                columns: new[] { "order_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_order_lines_order_id",
                table: "order_lines",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_order_lines_variant_id",
                table: "order_lines",
                column: "variant_id");

            migrationBuilder.CreateIndex(
                name: "ix_orders_cart_id",
                table: "orders",
                column: "cart_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_idempotency_key",
                table: "orders",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_orders_number",
                table: "orders",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_published_at_id",
                table: "outbox_messages",
                columns: new[] { "published_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_payments_authorization_id",
                table: "payments",
                column: "authorization_id");

            migrationBuilder.CreateIndex(
                name: "ix_payments_order_id",
                table: "payments",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_payments_provider_authorization_id",
                table: "payments",
                columns: new[] { "provider", "authorization_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stock_allocations_order_id",
                table: "stock_allocations",
                column: "order_id");

            migrationBuilder.CreateIndex(
                name: "ix_stock_reservations_cart_id_variant_id",
                table: "stock_reservations",
                columns: new[] { "cart_id", "variant_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stock_reservations_variant_id_expires_at",
                table: "stock_reservations",
                columns: new[] { "variant_id", "expires_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cart_lines");

            migrationBuilder.DropTable(
                name: "order_events");

            migrationBuilder.DropTable(
                name: "order_lines");

            migrationBuilder.DropTable(
                name: "order_number_counters");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "payments");

            migrationBuilder.DropTable(
                name: "processed_webhooks");

            migrationBuilder.DropTable(
                name: "stock_allocations");

            migrationBuilder.DropTable(
                name: "stock_reservations");

            migrationBuilder.DropTable(
                name: "orders");

            migrationBuilder.DropTable(
                name: "carts");
        }
    }
}
