using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Headless.Infrastructure.Tests.Persistence;

/// <summary>
/// The SQLite context runs on a compiled model (Persistence/CompiledModels/Sqlite) so that start-up does not build
/// the model from the configurations. A compiled model does not follow later changes to the configurations by
/// itself: this test fails until it is generated again (see src/Infrastructure/Persistence/README.md).
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void TheSqliteCompiledModelMatchesTheConfiguredModel()
    {
        using var db = ProviderModels.Create("Sqlite");
        var compiled = db.Model;
        var configured = db.GetService<IDesignTimeModel>().Model;

        Assert.Equal(Describe(configured), Describe(compiled));
    }

    [Fact]
    public void TheSqliteContextUsesTheCompiledModel()
    {
        using var db = ProviderModels.Create("Sqlite");

        Assert.IsType<Microsoft.EntityFrameworkCore.Metadata.RuntimeModel>(db.Model, exactMatch: false);
        Assert.StartsWith("Headless.Infrastructure.Persistence.CompiledModels.Sqlite", db.Model.GetType().FullName, StringComparison.Ordinal);
    }

    /// <summary>What queries, saves and migrations depend on: tables, columns, types, conversions, keys, relationships.</summary>
    private static string Describe(IModel model)
    {
        var text = new StringBuilder();
        foreach (var entity in model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            text.AppendLine($"{entity.Name} table={entity.GetTableName()} owned={entity.IsOwned()} base={entity.BaseType?.Name}");
            foreach (var property in entity.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                text.AppendLine(
                    $"  p {property.Name} {property.ClrType.Name} column={property.GetColumnName()} null={property.IsNullable} " +
                    $"max={property.GetMaxLength()} conv={property.GetTypeMapping().Converter?.GetType().Name} store={property.GetColumnType()} " +
                    $"gen={property.ValueGenerated} concurrency={property.IsConcurrencyToken} field={property.FieldInfo?.Name}");
            }

            foreach (var complex in entity.GetComplexProperties().OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                text.AppendLine($"  c {complex.Name} {complex.ClrType.Name}");
                foreach (var property in complex.ComplexType.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    text.AppendLine($"    p {property.Name} {property.ClrType.Name} column={property.GetColumnName()} null={property.IsNullable}");
                }
            }

            foreach (var key in entity.GetKeys().OrderBy(k => string.Join(",", k.Properties.Select(p => p.Name)), StringComparer.Ordinal))
            {
                text.AppendLine($"  k {string.Join(",", key.Properties.Select(p => p.Name))} primary={key.IsPrimaryKey()} name={key.GetName()}");
            }

            foreach (var index in entity.GetIndexes().OrderBy(i => i.GetDatabaseName(), StringComparer.Ordinal))
            {
                text.AppendLine($"  i {index.GetDatabaseName()} {string.Join(",", index.Properties.Select(p => p.Name))} unique={index.IsUnique} filter={index.GetFilter()}");
            }

            foreach (var foreignKey in entity.GetForeignKeys().OrderBy(f => f.GetConstraintName(), StringComparer.Ordinal))
            {
                text.AppendLine(
                    $"  f {foreignKey.GetConstraintName()} {string.Join(",", foreignKey.Properties.Select(p => p.Name))} -> {foreignKey.PrincipalEntityType.Name} " +
                    $"delete={foreignKey.DeleteBehavior} required={foreignKey.IsRequired} unique={foreignKey.IsUnique}");
            }

            foreach (var navigation in entity.GetNavigations().OrderBy(n => n.Name, StringComparer.Ordinal))
            {
                text.AppendLine($"  n {navigation.Name} -> {navigation.TargetEntityType.Name} collection={navigation.IsCollection} field={navigation.FieldInfo?.Name}");
            }
        }

        return text.ToString();
    }
}
