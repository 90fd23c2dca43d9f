using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace Headless.Infrastructure.Persistence.Conventions;

/// <summary>
/// Gives every table, column, key, foreign key and index a snake_case name unless a configuration named
/// it explicitly. Runs when the model is finalized, so it sees names EF derived from the configurations.
/// </summary>
public sealed class SnakeCaseNamingConvention : IModelFinalizingConvention
{
    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        var entityTypes = modelBuilder.Metadata.GetEntityTypes().ToList();

        // Tables first: key, foreign key and index default names are derived from table names.
        foreach (var entityType in entityTypes)
        {
            if (entityType.GetTableName() is { } table)
            {
                entityType.SetTableName(SnakeCase.From(table));
            }
        }

        foreach (var entityType in entityTypes)
        {
            // Types stored as JSON inside their owner's column have no keys, indexes or columns of their own to name.
            if (entityType.GetTableName() is null || entityType.IsMappedToJson())
            {
                continue;
            }

            foreach (var property in entityType.GetDeclaredProperties())
            {
                RenameColumn(property);
            }

            foreach (var complexProperty in entityType.GetDeclaredComplexProperties())
            {
                RenameComplexColumns(complexProperty);
            }

            foreach (var key in entityType.GetDeclaredKeys())
            {
                key.SetName(SnakeCase.From(key.GetName()!));
            }

            foreach (var foreignKey in entityType.GetDeclaredForeignKeys())
            {
                foreignKey.SetConstraintName(SnakeCase.From(foreignKey.GetConstraintName()!));
            }

            foreach (var index in entityType.GetDeclaredIndexes())
            {
                index.SetDatabaseName(SnakeCase.From(index.GetDatabaseName()!));
            }
        }
    }

    private static void RenameComplexColumns(IConventionComplexProperty complexProperty)
    {
        foreach (var property in complexProperty.ComplexType.GetDeclaredProperties())
        {
            RenameColumn(property);
        }

        foreach (var nested in complexProperty.ComplexType.GetDeclaredComplexProperties())
        {
            RenameComplexColumns(nested);
        }
    }

    private static void RenameColumn(IConventionProperty property)
    {
        if (property.GetColumnName() is { } column)
        {
            property.SetColumnName(SnakeCase.From(column));
        }
    }
}
