using Microsoft.EntityFrameworkCore;

namespace Headless.Api.Tests.Support.Oidc;

/// <summary>OpenIddict's application, authorization, scope and token tables, nothing else (see <see cref="OidcTestProvider"/>).</summary>
public sealed class OidcProviderDbContext(DbContextOptions<OidcProviderDbContext> options) : DbContext(options);
