using Headless.Infrastructure.Identity.PersonalData;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Payments;

/// <summary>
/// How many cash-on-delivery parcels a customer did not take (<see cref="DeliveryRefusal"/>), for the fraud rules:
/// by account, or by email for guests (the keyed email index, so the address itself is never compared in the clear).
/// </summary>
public sealed class DeliveryRefusalCount(HeadlessDbContext db, IPersonalDataProtector? personalData = null)
{
    public Task<int> ForCustomerAsync(Guid customerId, CancellationToken ct) =>
        db.DeliveryRefusals.AsNoTracking().CountAsync(r => r.CustomerId == customerId, ct);

    /// <summary>Refusals recorded under this email, with or without an account.</summary>
    public async Task<int> ForEmailAsync(string email, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        if (personalData is null)
        {
            return 0;
        }

        var index = await personalData.EmailIndexAsync(email, ct);
        return await db.DeliveryRefusals.AsNoTracking().CountAsync(r => r.EmailIndex == index, ct);
    }
}
