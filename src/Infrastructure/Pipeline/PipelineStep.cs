namespace Headless.Infrastructure.Pipeline;

/// <summary>
/// One handler's work for one order, written in the same transaction as the order event that asks for it (so no
/// event is ever left without its handlers). (order, handler) is unique: a handler acts on an order once.
/// An instance owns a step while <see cref="LeaseExpiresAt"/> is in the future; a crashed one's lease lapses and
/// another instance runs the step again — handlers are written so that a second run changes nothing twice.
/// </summary>
public sealed class PipelineStep
{
    public const int MaxHandlerLength = 64;
    public const int MaxErrorLength = 1000;

    public PipelineStep(Guid orderId, string handler, int triggerSequence, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(handler);
        Id = Guid.CreateVersion7();
        OrderId = orderId;
        Handler = handler;
        TriggerSequence = triggerSequence;
        Status = PipelineStepStatus.Pending;
        CreatedAt = createdAt.ToUniversalTime();
        NextAttemptAt = CreatedAt;
    }

    // For EF Core materialization.
    private PipelineStep()
    {
        Handler = null!;
    }

    public Guid Id { get; private set; }

    public Guid OrderId { get; private set; }

    /// <summary>The <see cref="IOrderStep.Name"/> that runs it.</summary>
    public string Handler { get; private set; }

    /// <summary>The order event (its sequence) the step answers.</summary>
    public int TriggerSequence { get; private set; }

    public PipelineStepStatus Status { get; private set; }

    /// <summary>Attempts started, counted when a step is claimed (a crashed attempt counts too).</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public Guid? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseExpiresAt { get; private set; }

    /// <summary>What the last failed attempt said; the reason a parked step is parked.</summary>
    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }
}
