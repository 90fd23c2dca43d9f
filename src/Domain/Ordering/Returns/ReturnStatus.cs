namespace Headless.Domain.Ordering.Returns;

/// <summary>Requested → Approved → Received (then refunded), or Requested/Approved → Rejected.</summary>
public enum ReturnStatus
{
    Requested,
    Approved,
    Rejected,
    Received,
}
