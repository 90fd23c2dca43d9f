using Headless.Domain.Ordering;
using Headless.Domain.SeedWork;
using Headless.Domain.Tests.Builders;

namespace Headless.Domain.Tests.Ordering;

public sealed class OrderStateMachineTests
{
    // The process as the business states it, written independently of OrderStateMachine.Table.
    private static readonly Dictionary<(OrderState, OrderTransition), OrderState> Expected = new()
    {
        [(OrderState.Placed, OrderTransition.AuthorizePayment)] = OrderState.PaymentAuthorized,
        [(OrderState.Placed, OrderTransition.FailPayment)] = OrderState.PaymentFailed,
        [(OrderState.Placed, OrderTransition.Cancel)] = OrderState.Cancelled,
        [(OrderState.PaymentAuthorized, OrderTransition.CapturePayment)] = OrderState.PaymentCaptured,
        [(OrderState.PaymentAuthorized, OrderTransition.FailPayment)] = OrderState.PaymentFailed,
        [(OrderState.PaymentAuthorized, OrderTransition.Cancel)] = OrderState.Cancelled,
        [(OrderState.PaymentFailed, OrderTransition.Cancel)] = OrderState.Cancelled,
        [(OrderState.PaymentCaptured, OrderTransition.StartFulfillment)] = OrderState.Fulfilling,
        [(OrderState.PaymentCaptured, OrderTransition.CompleteDigitalFulfillment)] = OrderState.Fulfilled,
        [(OrderState.PaymentCaptured, OrderTransition.Refund)] = OrderState.Refunded,
        [(OrderState.Fulfilling, OrderTransition.Ship)] = OrderState.Shipped,
        [(OrderState.Fulfilling, OrderTransition.Refund)] = OrderState.Refunded,
        [(OrderState.Shipped, OrderTransition.Deliver)] = OrderState.Delivered,
        [(OrderState.Shipped, OrderTransition.RefuseDelivery)] = OrderState.Cancelled,
        [(OrderState.Shipped, OrderTransition.ReportParcelRefused)] = OrderState.Shipped,
        [(OrderState.Shipped, OrderTransition.ReportParcelReturned)] = OrderState.Shipped,
        [(OrderState.Cancelled, OrderTransition.ReportParcelReturned)] = OrderState.Cancelled,
        [(OrderState.Delivered, OrderTransition.Refund)] = OrderState.Refunded,
        [(OrderState.Fulfilled, OrderTransition.Refund)] = OrderState.Refunded,
        [(OrderState.PaymentAuthorized, OrderTransition.ScreenRisk)] = OrderState.PaymentAuthorized,
        [(OrderState.PaymentAuthorized, OrderTransition.ConfirmStock)] = OrderState.PaymentAuthorized,
        [(OrderState.PaymentAuthorized, OrderTransition.StartFulfillment)] = OrderState.Fulfilling,
        [(OrderState.Shipped, OrderTransition.CapturePayment)] = OrderState.Shipped,
        [(OrderState.Delivered, OrderTransition.CapturePayment)] = OrderState.Delivered,
        [(OrderState.PaymentCaptured, OrderTransition.Cancel)] = OrderState.Cancelled,
        [(OrderState.Fulfilling, OrderTransition.Cancel)] = OrderState.Cancelled,
        [(OrderState.Shipped, OrderTransition.Refund)] = OrderState.Refunded,
        [(OrderState.PaymentCaptured, OrderTransition.RefundPartially)] = OrderState.PaymentCaptured,
        [(OrderState.Fulfilling, OrderTransition.RefundPartially)] = OrderState.Fulfilling,
        [(OrderState.Shipped, OrderTransition.RefundPartially)] = OrderState.Shipped,
        [(OrderState.Delivered, OrderTransition.RefundPartially)] = OrderState.Delivered,
        [(OrderState.Fulfilled, OrderTransition.RefundPartially)] = OrderState.Fulfilled,
        [(OrderState.Delivered, OrderTransition.RequestReturn)] = OrderState.Delivered,
        [(OrderState.Delivered, OrderTransition.ApproveReturn)] = OrderState.Delivered,
        [(OrderState.Delivered, OrderTransition.RejectReturn)] = OrderState.Delivered,
        [(OrderState.Delivered, OrderTransition.ReceiveReturn)] = OrderState.Delivered,
        [(OrderState.Refunded, OrderTransition.ApproveReturn)] = OrderState.Refunded,
        [(OrderState.Refunded, OrderTransition.RejectReturn)] = OrderState.Refunded,
        [(OrderState.Refunded, OrderTransition.ReceiveReturn)] = OrderState.Refunded,
    };

    public static TheoryData<OrderState, OrderTransition> EveryPair()
    {
        var data = new TheoryData<OrderState, OrderTransition>();
        foreach (var state in Enum.GetValues<OrderState>())
        {
            foreach (var transition in Enum.GetValues<OrderTransition>())
            {
                data.Add(state, transition);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void EachStateAllowsExactlyTheTransitionsOfTheProcess(OrderState state, OrderTransition transition)
    {
        // Guards pass, so only the table decides: digital orders for digital fulfillment (and for Fulfilled,
        // which only they reach), physical ones otherwise (and for the shipping states, which only they reach).
        var shippingState = state is OrderState.Fulfilling or OrderState.Shipped or OrderState.Delivered;
        var digital = state == OrderState.Fulfilled || (transition == OrderTransition.CompleteDigitalFulfillment && !shippingState);
        var guardsSatisfied = OrderBuilder.In(state, physical: !digital);
        var before = guardsSatisfied.LastSequence;

        if (Expected.TryGetValue((state, transition), out var target))
        {
            var recorded = guardsSatisfied.Apply(transition, OrderBuilder.Request());

            Assert.Equal(target, guardsSatisfied.State);
            Assert.Equal((state, target, transition, before + 1), (recorded.FromState!.Value, recorded.ToState, recorded.Transition!.Value, recorded.Sequence));
        }
        else
        {
            var refused = Assert.Throws<DomainException>(() => guardsSatisfied.Apply(transition, OrderBuilder.Request()));

            Assert.Equal(OrderErrorCodes.TransitionNotAllowed, refused.Code);
            Assert.Contains(state.ToString(), refused.Message);
            Assert.Equal((state, before), (guardsSatisfied.State, guardsSatisfied.LastSequence));
        }
    }

    [Fact]
    public void TheTableHoldsNoRowTheProcessDoesNotName()
    {
        Assert.Equal(
            Expected.OrderBy(e => e.Key).Select(e => $"{e.Key} -> {e.Value}"),
            OrderStateMachine.Table.OrderBy(e => e.Key).Select(e => $"{e.Key} -> {e.Value.To}"));
    }

    [Fact]
    public void DigitalOnlyOrdersCannotStartShippingFulfillment()
    {
        var order = OrderBuilder.In(OrderState.PaymentCaptured, physical: false);

        Assert.Equal("Orders of digital goods only are fulfilled without shipping.", order.WhyNot(OrderTransition.StartFulfillment, OrderBuilder.Request()));
        Assert.Null(order.WhyNot(OrderTransition.CompleteDigitalFulfillment, OrderBuilder.Request()));
    }

    [Fact]
    public void PhysicalOrdersCannotSkipShipping()
    {
        var order = OrderBuilder.In(OrderState.PaymentCaptured, physical: true);

        Assert.Equal("Orders with physical goods must be shipped.", order.WhyNot(OrderTransition.CompleteDigitalFulfillment, OrderBuilder.Request()));
    }

    [Fact]
    public void ShippingWithoutATrackingNumberIsRefusedWithAReason()
    {
        var order = OrderBuilder.In(OrderState.Fulfilling);

        Assert.Equal("A tracking number is required to ship an order.", order.WhyNot(OrderTransition.Ship, OrderBuilder.Request(tracking: " ")));
        order.Ship("1Z999", "warehouse", OrderBuilder.Now);
        Assert.Equal("1Z999", order.TrackingNumber);
        Assert.Contains("1Z999", order.Events[^1].Note);
    }

    [Fact]
    public void EveryTransitionIsRecordedWithSequenceTimeActorAndStates()
    {
        var order = OrderBuilder.In(OrderState.Delivered);

        Assert.Equal(Enumerable.Range(1, order.Events.Count), order.Events.Select(e => e.Sequence));
        Assert.Equal(
            [null, OrderState.Placed, OrderState.PaymentAuthorized, OrderState.PaymentCaptured, OrderState.Fulfilling, OrderState.Shipped],
            order.Events.Select(e => e.FromState));
        Assert.Equal(order.Events.Skip(1).Select(e => e.FromState!.Value), order.Events.SkipLast(1).Select(e => e.ToState));
        Assert.All(order.Events.Skip(1), e => Assert.Equal("tester", e.Actor));
        Assert.Equal(order.Events.Count, order.DomainEvents.Count);
    }
}
