using Headless.Infrastructure.Messaging;

namespace Headless.Infrastructure.Tests.Messaging;

/// <summary>Reads what a subscription delivers, giving up after a deadline instead of hanging the run.</summary>
public static class Received
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>The first <paramref name="count"/> messages, or fewer if the deadline passes first.</summary>
    public static async Task<IReadOnlyList<string>> TakeAsync(IMessageSubscription subscription, int count, TimeSpan? within = null)
    {
        using var deadline = new CancellationTokenSource(within ?? Patience);
        var messages = new List<string>();
        try
        {
            await foreach (var message in subscription.ReadAllAsync(deadline.Token))
            {
                messages.Add(message);
                if (messages.Count == count)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            // Fewer messages than expected: the assertion that follows says which.
        }

        return messages;
    }
}
