namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>CreateStaffMemberInput</c> input.</summary>
internal sealed record CreateStaffMemberInput(string Email, string Name, Domain.Identity.StaffRole Role, string Password);
