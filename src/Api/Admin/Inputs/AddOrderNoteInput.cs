namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>AddOrderNoteInput</c> input.</summary>
internal sealed record AddOrderNoteInput(string OrderId, string Text, string IdempotencyKey);
