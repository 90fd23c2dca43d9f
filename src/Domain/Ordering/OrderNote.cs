using Headless.Domain.SeedWork;

namespace Headless.Domain.Ordering;

/// <summary>
/// An internal remark on an order, written by staff or an integration: never shown to the shopper, never changed
/// once written (a correction is a new note).
/// </summary>
public sealed class OrderNote : Entity
{
    public const int MaxTextLength = 2000;
    public const int MaxAuthorKindLength = 16;
    public const int MaxAuthorIdLength = 64;

    public OrderNote(Guid orderId, string text, string authorKind, string authorId, DateTimeOffset at)
    {
        OrderId = Guard.Id(orderId, OrderErrorCodes.InvalidNote, "An order");
        Text = Guard.Text(text, MaxTextLength, OrderErrorCodes.InvalidNote, "A note");
        AuthorKind = Guard.Text(authorKind, MaxAuthorKindLength, OrderErrorCodes.InvalidActor, "An author kind");
        AuthorId = Guard.Text(authorId, MaxAuthorIdLength, OrderErrorCodes.InvalidActor, "An author");
        CreatedAt = at.ToUniversalTime();
    }

    // For EF Core materialization.
    private OrderNote()
    {
        Text = null!;
        AuthorKind = null!;
        AuthorId = null!;
    }

    public Guid OrderId { get; private set; }

    public string Text { get; private set; }

    /// <summary>The kind of caller that wrote it: <c>staff</c> or <c>api_key</c>.</summary>
    public string AuthorKind { get; private set; }

    /// <summary>The staff member's or API key's ID.</summary>
    public string AuthorId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
