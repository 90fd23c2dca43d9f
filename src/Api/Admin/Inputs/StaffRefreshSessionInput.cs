namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>StaffRefreshSessionInput</c> input.</summary>
internal sealed record StaffRefreshSessionInput(string RefreshToken);
