using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Headless.Domain.Identity;
using Headless.Infrastructure.Identity.Mfa;
using Headless.Infrastructure.Identity.Staff;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Headless.Api.Tests.Admin;

/// <summary>Requests to <c>/admin/graphql</c> with each kind of credential, and staff members made through the host's services.</summary>
public static class AdminClient
{
    public const string Password = "correct horse battery staple";

    public static async Task<(HttpStatusCode Status, JsonObject Body)> AdminAsync(
        this HttpClient client, string query, object? variables = null, string? bearer = null, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    /// <summary>A staff member with an enrolled authenticator app; returns the base32 secret.</summary>
    public static async Task<string> CreateStaffAsync<T>(this WebApplicationFactory<T> factory, string email, StaffRole role, bool withTotp = true)
        where T : class
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var member = await scope.ServiceProvider.GetRequiredService<StaffDirectory>().CreateAsync(email, email.Split('@')[0], Password, role, CancellationToken.None);
        var secret = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20)).TrimEnd('=');
        if (withTotp)
        {
            scope.ServiceProvider.GetRequiredService<TotpAuthenticator>().EnableWithKnownSecret(member.Totp, secret);
            member.Touch();
            await scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.HeadlessDbContext>().SaveChangesAsync();
        }

        return secret;
    }

    /// <summary>The code an authenticator app shows now (or <paramref name="stepsAhead"/> steps of 30 s later).</summary>
    public static string Code(string secret, int stepsAhead = 0) =>
        new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(DateTime.UtcNow.AddSeconds(30 * stepsAhead));

    public static async Task<JsonObject> SignInAsync(this HttpClient client, string email, string? totpCode, string password = Password, string fields = "accessToken expiresAt mfaEnrollmentRequired errors { code field }")
    {
        var (_, body) = await client.AdminAsync(
            $"mutation ($input: StaffSignInInput!) {{ staffSignIn(input: $input) {{ {fields} }} }}",
            new { input = new { email, password, totpCode } });
        return body["data"]!["staffSignIn"]!.AsObject();
    }

    public static async Task<string> StaffTokenAsync(this HttpClient client, string email, string secret) =>
        (string)(await client.SignInAsync(email, Code(secret)))["accessToken"]!;

    public static string? ErrorCode(this JsonObject body) => (string?)body["errors"]?[0]?["extensions"]?["code"];
}
