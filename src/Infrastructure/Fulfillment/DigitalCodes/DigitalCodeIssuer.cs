using System.Collections.Concurrent;
using System.Security.Cryptography;
using Headless.Infrastructure.Identity.PersonalData;
using Headless.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Infrastructure.Fulfillment.DigitalCodes;

/// <summary>
/// Issues gift-card codes and vouchers to order lines: one per unit, from the SKU's pool when it has one (a
/// conditional UPDATE takes a free code, so two racing orders never get the same one), or generated when it has
/// none. Each issue commits on its own, like a provider's effect, and (line, unit) is unique, so a repeated or racing
/// run of the step gets back the codes issued first. Codes are stored encrypted with the Data Protection key ring.
/// </summary>
public sealed class DigitalCodeIssuer(
    IServiceScopeFactory scopes,
    IDataProtectionProvider protection,
    IPersonalDataProtector indexer,
    DigitalCodeOptions options,
    TimeProvider clock)
{
    public const string ReferencePrefix = "DC-";

    // Base32 without 0/O and 1/I: codes are read off screens and typed in.
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private readonly IDataProtector _protector = protection.CreateProtector("Headless.Fulfillment.DigitalCodes.v1");
    private readonly ConcurrentDictionary<string, Task> _loaded = new(StringComparer.Ordinal);

    /// <summary>
    /// The codes of the line's units, issuing those it lacks; returns the line's reference (not a code: references
    /// reach histories, feeds and webhooks). Throws <see cref="PoolEmptyException"/> when the pool runs dry.
    /// </summary>
    public async Task<string> IssueAsync(Guid orderLineId, string sku, int quantity, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(sku);
        await EnsureConfiguredPoolAsync(sku, ct);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        for (var unit = 0; unit < quantity; unit++)
        {
            if (!await db.DigitalCodes.AnyAsync(c => c.OrderLineId == orderLineId && c.Unit == unit, ct))
            {
                await IssueUnitAsync(db, orderLineId, sku, unit, ct);
            }
        }

        var issued = await db.DigitalCodes.AsNoTracking().Where(c => c.OrderLineId == orderLineId).OrderBy(c => c.Unit).Select(c => c.Id).ToListAsync(ct);
        if (issued.Count < quantity)
        {
            throw new InvalidOperationException($"Only {issued.Count} of {quantity} codes for {sku} were issued; the step runs again.");
        }

        var first = issued[0];
        return ReferencePrefix + first.ToString("N")[^12..].ToUpperInvariant();
    }

    /// <summary>The codes issued to these lines, decrypted, for the order's owner.</summary>
    public async Task<ILookup<Guid, IssuedCode>> CodesForAsync(IReadOnlyCollection<Guid> orderLineIds, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        var ids = orderLineIds.Select(id => (Guid?)id).ToList();
        var rows = await db.DigitalCodes.AsNoTracking().Where(c => ids.Contains(c.OrderLineId)).OrderBy(c => c.Unit).ToListAsync(ct);
        return rows.ToLookup(c => c.OrderLineId!.Value, c => new IssuedCode(c.OrderLineId!.Value, c.Unit!.Value, _protector.Unprotect(c.ProtectedCode)));
    }

    /// <summary>Adds codes to a SKU's pool, skipping any it holds already; returns how many were added.</summary>
    public async Task<int> AddToPoolAsync(string sku, IEnumerable<string> codes, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(sku);
        ArgumentNullException.ThrowIfNull(codes);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        var added = 0;
        foreach (var code in codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal))
        {
            if (code.Length > DigitalCode.MaxCodeLength)
            {
                throw new ArgumentException($"A code for {sku} is longer than {DigitalCode.MaxCodeLength} characters.", nameof(codes));
            }

            var index = await IndexAsync(sku, code, ct);
            if (await db.DigitalCodes.AnyAsync(c => c.Sku == sku && c.CodeIndex == index, ct))
            {
                continue;
            }

            db.DigitalCodes.Add(new DigitalCode(sku, _protector.Protect(code), index, clock.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(ct);
                added++;
            }
            catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
            {
                // Another instance loaded the same code at the same moment.
            }

            db.ChangeTracker.Clear();
        }

        return added;
    }

    private async Task IssueUnitAsync(HeadlessDbContext db, Guid orderLineId, string sku, int unit, CancellationToken ct)
    {
        try
        {
            if (!await db.DigitalCodes.AnyAsync(c => c.Sku == sku && !c.Generated, ct))
            {
                var code = Generate();
                db.DigitalCodes.Add(DigitalCode.GeneratedFor(sku, _protector.Protect(code), await IndexAsync(sku, code, ct), orderLineId, unit, clock.GetUtcNow()));
                await db.SaveChangesAsync(ct);
                return;
            }

            while (true)
            {
                var free = await db.DigitalCodes.AsNoTracking()
                    .Where(c => c.Sku == sku && c.OrderLineId == null)
                    .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
                    .Select(c => c.Id).Take(8).ToListAsync(ct);
                if (free.Count == 0)
                {
                    throw new PoolEmptyException(sku);
                }

                var now = clock.GetUtcNow();
                foreach (var id in free)
                {
                    // Only a code still free is taken: of two racing claims on one code, one updates nothing.
                    var taken = await db.DigitalCodes
                        .Where(c => c.Id == id && c.OrderLineId == null)
                        .ExecuteUpdateAsync(c => c
                            .SetProperty(x => x.OrderLineId, orderLineId)
                            .SetProperty(x => x.Unit, unit)
                            .SetProperty(x => x.IssuedAt, now), ct);
                    if (taken == 1)
                    {
                        return;
                    }
                }
            }
        }
        catch (Exception exception) when (DbErrors.IsUniqueViolationAnywhere(exception))
        {
            // A concurrent run of the same step issued this unit first: its code is the code.
            db.ChangeTracker.Clear();
        }
    }

    private Task EnsureConfiguredPoolAsync(string sku, CancellationToken ct)
    {
        if (!options.Pools.TryGetValue(sku, out var codes) || codes.Count == 0)
        {
            return Task.CompletedTask;
        }

        // Once per process and SKU; a failed load is tried again by the next caller.
        var load = _loaded.GetOrAdd(sku, _ => AddToPoolAsync(sku, codes, CancellationToken.None));
        if (load.IsFaulted)
        {
            _loaded.TryRemove(KeyValuePair.Create(sku, load));
            load = _loaded.GetOrAdd(sku, _ => AddToPoolAsync(sku, codes, CancellationToken.None));
        }

        return load.WaitAsync(ct);
    }

    private ValueTask<string> IndexAsync(string sku, string code, CancellationToken ct) => indexer.BlindIndexAsync($"digital-code:{sku}:{code}", ct);

    private static string Generate()
    {
        Span<char> chars = stackalloc char[19];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i % 5 == 4 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }
}
