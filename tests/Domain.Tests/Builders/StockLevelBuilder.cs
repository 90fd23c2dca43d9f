using Headless.Domain.Inventory;

namespace Headless.Domain.Tests.Builders;

internal sealed class StockLevelBuilder
{
    private int _onHand;
    private int _allocated;

    public StockLevelBuilder OnHand(int onHand)
    {
        _onHand = onHand;
        return this;
    }

    public StockLevelBuilder Allocated(int allocated)
    {
        _allocated = allocated;
        return this;
    }

    public StockLevel Build()
    {
        var level = new StockLevel(Guid.CreateVersion7(), Guid.CreateVersion7(), _onHand);
        if (_allocated > 0)
        {
            level.Allocate(_allocated);
        }

        level.ClearDomainEvents();
        return level;
    }
}
