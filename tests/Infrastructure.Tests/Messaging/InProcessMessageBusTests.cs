namespace Headless.Infrastructure.Tests.Messaging;

public sealed class InProcessMessageBusTests : MessageBusContract
{
    protected override MessagingHost CreateHost() => MessagingHost.InProcess();
}
