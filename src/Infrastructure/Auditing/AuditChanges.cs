using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Headless.Infrastructure.Auditing;

/// <summary>The change tracker's added, modified and deleted entities as the JSON of <see cref="AuditEntry.Changes"/>.</summary>
public static class AuditChanges
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>One change of one entity: its type, id, operation and changed fields (before/after, masked).</summary>
    public static JsonObject Describe(string type, string id, string operation, IEnumerable<(string Field, object? Before, object? After)> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var changed = new JsonObject();
        foreach (var (field, before, after) in fields)
        {
            var masked = AuditMasking.IsMasked(type, field);
            changed[field] = new JsonObject
            {
                ["before"] = masked && before is not null ? AuditMasking.Masked : Value(before),
                ["after"] = masked && after is not null ? AuditMasking.Masked : Value(after),
            };
        }

        return new JsonObject { ["type"] = type, ["id"] = id, ["operation"] = operation, ["fields"] = changed };
    }

    /// <summary>What an entry of the change tracker changed; null when nothing (an unchanged or detached entry).</summary>
    public static JsonObject? Describe(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var operation = entry.State switch
        {
            EntityState.Added => "added",
            EntityState.Modified => "modified",
            EntityState.Deleted => "deleted",
            _ => null,
        };
        if (operation is null)
        {
            return null;
        }

        var fields = new List<(string, object?, object?)>();
        foreach (var property in entry.Properties)
        {
            Collect(fields, property.Metadata.Name, property, entry.State);
        }

        foreach (var complex in entry.ComplexProperties)
        {
            foreach (var property in complex.Properties)
            {
                Collect(fields, $"{complex.Metadata.Name}.{property.Metadata.Name}", property, entry.State);
            }
        }

        return Describe(TypeOf(entry), IdOf(entry), operation, fields);
    }

    public static string TypeOf(EntityEntry entry) => (entry ?? throw new ArgumentNullException(nameof(entry))).Metadata.ClrType.Name;

    public static string IdOf(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? "" : string.Join("/", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static void Collect(List<(string, object?, object?)> fields, string name, PropertyEntry property, EntityState state)
    {
        if (property.Metadata.IsShadowProperty() && property.Metadata.IsForeignKey())
        {
            return;
        }

        switch (state)
        {
            case EntityState.Added when property.CurrentValue is not null:
                fields.Add((name, null, property.CurrentValue));
                break;
            case EntityState.Deleted:
                fields.Add((name, property.OriginalValue, null));
                break;
            case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                fields.Add((name, property.OriginalValue, property.CurrentValue));
                break;
        }
    }

    private static JsonNode? Value(object? value) => value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), Json);
}
