namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>NameValueInput</c> input.</summary>
internal sealed record NameValueInput(string Name, string Value);
