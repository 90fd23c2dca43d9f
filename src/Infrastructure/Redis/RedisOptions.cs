namespace Headless.Infrastructure.Redis;

/// <summary>The <c>Redis</c> configuration section.</summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>
    /// A StackExchange.Redis configuration string such as <c>localhost:6379</c> or
    /// <c>redis.internal:6379,password=…,ssl=true</c>. When empty, pub/sub and cache run in-process.
    /// </summary>
    public string? Configuration { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
