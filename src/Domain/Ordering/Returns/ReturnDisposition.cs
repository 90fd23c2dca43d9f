namespace Headless.Domain.Ordering.Returns;

/// <summary>What happens to a returned unit once it is back.</summary>
public enum ReturnDisposition
{
    /// <summary>Back on the shelf: on hand again at the location it was sent from.</summary>
    Restock,

    /// <summary>Damaged or unsellable: not put back.</summary>
    WriteOff,
}
