namespace Headless.Domain.Checkout;

/// <summary>One thing wrong with an address; <see cref="Field"/> is the input field's name (camelCase, as the API spells it).</summary>
public sealed record AddressProblem(string Field, string Message);
