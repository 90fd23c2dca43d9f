namespace Headless.Api.Tests.Identity;

/// <summary><see cref="WeChatSignInContract"/> on SQLite.</summary>
public sealed class SqliteWeChatSignInTests : WeChatSignInContract
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"headless-wechat-{Guid.NewGuid():N}.db");

    protected override Task<(string Provider, string ConnectionString)> CreateDatabaseAsync() =>
        Task.FromResult(("Sqlite", $"Data Source={_path}"));

    protected override Task DropDatabaseAsync()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }

        return Task.CompletedTask;
    }
}
