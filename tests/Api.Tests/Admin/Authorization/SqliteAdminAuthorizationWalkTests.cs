namespace Headless.Api.Tests.Admin.Authorization;

/// <summary>The authorization walk on the default SQLite host.</summary>
public sealed class SqliteAdminAuthorizationWalkTests : AdminAuthorizationWalkContract
{
    protected override Task<HeadlessApiFactory> StartAsync(Dictionary<string, string> settings) =>
        Task.FromResult(new HeadlessApiFactory(settings: settings));
}
