namespace Headless.Infrastructure.Fulfillment.DigitalCodes;

/// <summary>A code as its owner sees it on the order: which unit of which line, and the code in the clear.</summary>
public sealed record IssuedCode(Guid OrderLineId, int Unit, string Code)
{
    // Records print their members; a code must not reach a log line.
    public override string ToString() => $"Code for unit {Unit} of line {OrderLineId}";
}
