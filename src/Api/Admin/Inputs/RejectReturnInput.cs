namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>RejectReturnInput</c> input.</summary>
internal sealed record RejectReturnInput(string ReturnId, string Reason);
