namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>StaffSignInInput</c> input.</summary>
internal sealed record StaffSignInInput(string Email, string Password, string? TotpCode);
