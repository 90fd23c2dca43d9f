namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>RevokeStaffSessionInput</c> input.</summary>
internal sealed record RevokeStaffSessionInput(string StaffMemberId);
