using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Infrastructure.Sandbox;

/// <summary>
/// The sandboxes' memory of what they did, in a transaction of its own (the sandbox stands for another system:
/// its effect stays even when the caller's transaction rolls back or its process dies). The first call with a
/// key records the effect; every later one returns it unchanged.
/// </summary>
public sealed class SandboxLedger(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<SandboxEffect> RecordOnceAsync(string key, string kind, string subject, Func<string> reference, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reference);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        if (await db.SandboxEffects.AsNoTracking().SingleOrDefaultAsync(e => e.Key == key, ct) is { } earlier)
        {
            return earlier;
        }

        var effect = new SandboxEffect(key, kind, subject, reference(), clock.GetUtcNow());
        db.SandboxEffects.Add(effect);
        try
        {
            await db.SaveChangesAsync(ct);
            return effect;
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            // A concurrent repeat got there first: its answer is the answer.
            db.ChangeTracker.Clear();
            return await db.SandboxEffects.AsNoTracking().SingleAsync(e => e.Key == key, ct);
        }
    }

    public async Task<IReadOnlyList<SandboxEffect>> ForSubjectAsync(string subject, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        return await db.SandboxEffects.AsNoTracking().Where(e => e.Subject == subject).ToListAsync(ct);
    }
}
