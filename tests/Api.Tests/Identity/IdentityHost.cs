using System.Net.Http.Headers;
using Headless.Infrastructure.Identity;
using Headless.Infrastructure.Identity.Sessions;
using Headless.Infrastructure.Identity.Tokens;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Identity;

/// <summary>Issuing and presenting tokens against a running test host, through the services other schemes use.</summary>
public static class IdentityHost
{
    /// <summary>A new customer session and an access token in it, as a sign-in would make them.</summary>
    public static async Task<(SessionTokens Session, IssuedAccessToken Access)> IssueAsync<T>(this WebApplicationFactory<T> factory, string subject)
        where T : class
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var session = await scope.ServiceProvider.GetRequiredService<SessionService>().StartAsync(subject, CallerKinds.Customer, CancellationToken.None);
        var access = await scope.ServiceProvider.GetRequiredService<IAccessTokenIssuer>()
            .IssueAsync(subject, CallerKinds.Customer, [], session.SessionId.ToString(), CancellationToken.None);
        return (session, access);
    }

    public static HttpClient WithBearer(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The HTTP status of a trivial query sent with <paramref name="token"/>.</summary>
    public static async Task<int> StatusWithTokenAsync(this HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ __typename }" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }
}
