using Headless.Api.Admin;
using Headless.Api.Tests.Storefront;
using Headless.Domain.Identity;
using Headless.GraphQL.Types;

namespace Headless.Api.Tests.Admin;

/// <summary>The published admin SDL is what the server binds and serves; every field declares who may call it.</summary>
public sealed class AdminSchemaTests
{
    private static string SchemaFile(string relative) => Path.Combine(AppContext.BaseDirectory, "schema", relative);

    [Fact]
    public void EveryFieldOfTheAdminSchemaDeclaresAnAccessRule()
    {
        var schema = AdminSchema.Build().Schema;

        var missing = schema.TypeMap.Values.OfType<ObjectType>()
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Values.Where(f => f.Access is null).Select(f => $"{t.Name}.{f.Name}"))
            .ToList();

        Assert.True(missing.Count == 0, "Fields without @requires, @authenticated or @allowAnonymous: " + string.Join(", ", missing));
    }

    [Fact]
    public void OnlySignInAndRefreshAreOpenToAnonymousCallersAndEveryOtherRootFieldNeedsAdminAccess()
    {
        var schema = AdminSchema.Build().Schema;

        var roots = schema.QueryType!.Fields.Values.Concat(schema.MutationType!.Fields.Values).ToList();

        Assert.Equal(["staffSignIn", "staffRefreshSession"], roots.Where(f => f.Access!.IsOpen).Select(f => f.Name));
        Assert.All(roots.Where(f => !f.Access!.IsOpen), f => Assert.Contains(Permissions.AdminAccess, f.Access!.Permissions));
        Assert.All(roots.SelectMany(f => f.Access!.Permissions), p => Assert.True(p == Permissions.AdminAccess || Permissions.IsKnown(p), p));
    }

    [Fact]
    public void TheServedSdlIsExactlyThePublishedFile()
    {
        var printed = SchemaPrinter.PrintWithAppliedDirectives(AdminSchema.Build().Schema);
        if (Environment.GetEnvironmentVariable("HEADLESS_PRINT_ADMIN_SCHEMA") is { Length: > 0 } target)
        {
            // Canonical form after an edit: HEADLESS_PRINT_ADMIN_SCHEMA=$PWD/schema/admin.graphql dotnet test --filter …
            File.WriteAllText(target, printed + "\n");
        }

        Assert.Equal(File.ReadAllText(SchemaFile("admin.graphql")).ReplaceLineEndings("\n").TrimEnd(), printed.ReplaceLineEndings("\n").TrimEnd());
    }

    [Fact]
    public void EveryElementOfTheAdminSchemaIsDescribed()
    {
        var schema = AdminSchema.Build().Schema;
        var undescribed = new List<string>();
        foreach (var type in schema.TypeMap.Values.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !BuiltInScalars.IsBuiltIn(t.Name)))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                undescribed.Add(type.Name);
            }

            switch (type)
            {
                case ObjectType objectType:
                    undescribed.AddRange(objectType.Fields.Values.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{type.Name}.{f.Name}"));
                    undescribed.AddRange(objectType.Fields.Values.SelectMany(f => f.Arguments.Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{type.Name}.{f.Name}({a.Name})")));
                    break;
                case InputObjectType input:
                    undescribed.AddRange(input.Fields.Values.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{type.Name}.{f.Name}"));
                    break;
                case EnumType enumType:
                    undescribed.AddRange(enumType.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
                    break;
            }
        }

        Assert.Empty(undescribed);
    }

    [Fact]
    public void TheCurrentAdminSchemaBreaksNoClientOfTheLastRelease()
    {
        var changes = SchemaDiff.BreakingChanges(File.ReadAllText(SchemaFile(Path.Combine("released", "admin.graphql"))), File.ReadAllText(SchemaFile("admin.graphql")));

        Assert.True(changes.Count == 0, "Breaking changes against schema/released/admin.graphql:\n" + string.Join("\n", changes));
    }

    [Fact]
    public async Task TheServerServesThePublishedFileToStaffAndNothingToAnonymousCallers()
    {
        await using var api = new HeadlessApiFactory();
        var client = api.CreateClient();
        var email = $"reader-{Guid.NewGuid():N}@shop.test";
        var token = await client.StaffTokenAsync(email, await api.CreateStaffAsync(email, StaffRole.ReadOnly));

        using var anonymous = await client.GetAsync("/admin/graphql/schema.graphql");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/graphql/schema.graphql");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var served = await client.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Equal(File.ReadAllText(SchemaFile("admin.graphql")).ReplaceLineEndings("\n").TrimEnd(), (await served.Content.ReadAsStringAsync()).ReplaceLineEndings("\n").TrimEnd());
    }
}
