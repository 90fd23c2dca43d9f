using Headless.Domain.Identity;
using Headless.Domain.SeedWork;
using Headless.Infrastructure.Identity.Staff;
using Headless.Infrastructure.Persistence;

namespace Headless.Api.Admin;

/// <summary>
/// <c>dotnet run --project src/Api -- create-staff --email … --role Owner [--name …]</c>: creates a staff member and
/// exits without starting the web host. The password is read from <c>HEADLESS_STAFF_PASSWORD</c>, else from
/// standard input (one line, so it can be piped), else prompted for without echo: never from the command line,
/// where shell history and process listings would keep it.
/// </summary>
public static class CreateStaffCommand
{
    public const string Name = "create-staff";
    public const string PasswordVariable = "HEADLESS_STAFF_PASSWORD";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>Removes the command word, so the host's configuration reads only the <c>--key value</c> pairs.</summary>
    public static string[] HostArguments(string[] args) => IsRequested(args) ? args[1..] : args;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var options = Options(args[1..]);
        if (!options.TryGetValue("email", out var email) || !options.TryGetValue("role", out var roleName))
        {
            await Console.Error.WriteLineAsync($"Usage: {Name} --email <email> --role <{string.Join('|', Enum.GetNames<StaffRole>())}> [--name <name>]; password from ${PasswordVariable} or standard input.");
            return 2;
        }

        if (!Enum.TryParse<StaffRole>(roleName, ignoreCase: true, out var role) || !Enum.IsDefined(role))
        {
            await Console.Error.WriteLineAsync($"Unknown role '{roleName}'; one of {string.Join(", ", Enum.GetNames<StaffRole>())}.");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable) ?? ReadPassword();
        await app.Services.InitializeDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<StaffDirectory>();
        try
        {
            var member = await directory.CreateAsync(email, options.GetValueOrDefault("name") ?? email.Split('@')[0], password ?? "", role, CancellationToken.None);
            await Console.Out.WriteLineAsync($"Created staff member {member.Id} ({member.Role}). Sign in with staffSignIn at /admin/graphql and enrol an authenticator app.");
            return 0;
        }
        catch (DomainException refused)
        {
            await Console.Error.WriteLineAsync($"{refused.Code}: {refused.Message}");
            return 1;
        }
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i][2..]] = args[i + 1];
            }
        }

        return options;
    }

    private static string? ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine();
        }

        Console.Error.Write("Password (not shown): ");
        var typed = new System.Text.StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return typed.ToString();
    }
}
