using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Headless.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PipelineFinish : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "digital_codes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    protected_code = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    code_index = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    generated = table.Column<bool>(type: "boolean", nullable: false),
                    order_line_id = table.Column<Guid>(type: "uuid", nullable: true),
                    unit = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_digital_codes", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_digital_codes_order_line_id_unit",
                table: "digital_codes",
                columns: new[] { "order_line_id", "unit" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_digital_codes_sku_code_index",
                table: "digital_codes",
                columns: new[] { "sku", "code_index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_digital_codes_sku_order_line_id_created_at",
                table: "digital_codes",
                columns: new[] { "sku", "order_line_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "digital_codes");
        }
    }
}
