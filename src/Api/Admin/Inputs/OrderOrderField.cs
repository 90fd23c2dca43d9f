namespace Headless.Api.Admin.Inputs;

/// <summary>The CLR side of the <c>OrderOrderField</c> enum.</summary>
internal enum OrderOrderField
{
    PlacedAt,
    Number,
}
