namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>ReceiveReturnInput</c> input.</summary>
internal sealed record ReceiveReturnInput(string ReturnId, IReadOnlyList<ReceiveReturnLineInput> Lines);
