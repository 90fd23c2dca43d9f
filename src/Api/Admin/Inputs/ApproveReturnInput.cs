namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>ApproveReturnInput</c> input.</summary>
internal sealed record ApproveReturnInput(string ReturnId);
