namespace Headless.Domain.Ordering;

/// <summary>Stable codes for broken order rules.</summary>
public static class OrderErrorCodes
{
    public const string TransitionNotAllowed = "ordering.transition_not_allowed";
    public const string EmptyOrder = "ordering.empty_order";
    public const string MissingVariants = "ordering.missing_variants";
    public const string EmailRequired = "ordering.email_required";
    public const string ShippingAddressRequired = "ordering.shipping_address_required";
    public const string ShippingMethodRequired = "ordering.shipping_method_required";
    public const string InvalidNumber = "ordering.invalid_number";
    public const string InvalidIdempotencyKey = "ordering.invalid_idempotency_key";
    public const string InvalidActor = "ordering.invalid_actor";
    public const string LineNotFound = "ordering.line_not_found";
    public const string InvalidFulfillment = "ordering.invalid_fulfillment";
    public const string InvalidAccessTokenSeal = "ordering.invalid_access_token_seal";
    public const string AlreadyOnHold = "ordering.already_on_hold";
    public const string NotOnHold = "ordering.not_on_hold";
    public const string NotHoldable = "ordering.not_holdable";
    public const string OnHold = "ordering.on_hold";
    public const string InvalidHoldReason = "ordering.invalid_hold_reason";
    public const string InvalidNote = "ordering.invalid_note";
}
