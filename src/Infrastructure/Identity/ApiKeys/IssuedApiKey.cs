using Headless.Domain.Identity;

namespace Headless.Infrastructure.Identity.ApiKeys;

/// <summary>A key just created or rotated, with its whole secret: shown to the caller once and never again.</summary>
public sealed record IssuedApiKey(ApiKey Key, string Secret);
