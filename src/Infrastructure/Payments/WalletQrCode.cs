using QRCoder;

namespace Headless.Infrastructure.Payments;

/// <summary>The QR code a wallet payment shows: the wallet's payment link, drawn as SVG so a storefront can show it as it is.</summary>
public static class WalletQrCode
{
    public static string Svg(string payUrl)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payUrl, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
