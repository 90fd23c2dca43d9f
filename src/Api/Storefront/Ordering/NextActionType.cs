namespace Headless.Api.Storefront.Ordering;

internal enum NextActionType
{
    Redirect,
    QrCode,
    BankTransfer,
}
