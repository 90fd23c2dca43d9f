namespace Headless.Infrastructure.Messaging;

/// <summary>One message of a batch handed to <see cref="IMessageBus.PublishInOrderAsync"/>.</summary>
public readonly record struct BusMessage(string Topic, string Message);
