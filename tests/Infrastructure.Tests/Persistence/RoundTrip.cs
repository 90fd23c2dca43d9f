using Headless.Domain.Catalog;
using Headless.Domain.Common;
using Headless.Domain.Inventory;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Tests.Persistence;

/// <summary>Saves aggregates, reads them back in a new context, changes them through their methods, and reads again.</summary>
internal static class RoundTrip
{
    public static async Task AssertAsync(IServiceProvider services)
    {
        var created = new DateTimeOffset(2026, 3, 14, 15, 9, 26, TimeSpan.Zero);
        var phones = new Category("phones", "Phones");
        var product = new Product("nimbus-pro-15", "Nimbus Pro 15", "Flagship.", ProductKind.Physical, phones.Id, created);
        product.AddImage("https://cdn.example/front.jpg", "Front");
        product.AddImage("https://cdn.example/back.jpg", "Back");
        product.SetAttribute("Brand", "Nimbus");
        var black = product.AddVariant("NP15-BLK", new Money(999.99m, "EUR"), new Money(1199m, "EUR"), new VariantOption("Colour", "Black"), new VariantOption("Storage", "256 GB"));
        var white = product.AddVariant("NP15-WHT", new Money(999.99m, "EUR"), null, new VariantOption("Colour", "White"), new VariantOption("Storage", "256 GB"));
        var warehouse = new StockLocation("WH-TEST", "Test warehouse");
        var level = new StockLevel(black.Id, warehouse.Id, onHand: 5);

        await services.WithContextAsync(async db =>
        {
            db.AddRange(phones, product, warehouse, level);
            return await db.SaveChangesAsync();
        });

        var loaded = await services.WithContextAsync(db => db.Products.Include(p => p.Variants).AsNoTracking().SingleAsync(p => p.Id == product.Id));
        Assert.Equal(created, loaded.CreatedAt);
        Assert.Equal(["Front", "Back"], loaded.Images.Select(i => i.AltText));
        Assert.Equal("Nimbus", Assert.Single(loaded.Attributes).Value);
        var loadedBlack = loaded.Variants.Single(v => v.Id == black.Id);
        Assert.Equal(new Money(999.99m, "EUR"), loadedBlack.Price);
        Assert.Equal(new Money(1199m, "EUR"), loadedBlack.CompareAtPrice);
        Assert.Equal("256 GB", loadedBlack.OptionValue("Storage"));
        Assert.Null(loaded.Variants.Single(v => v.Id == white.Id).CompareAtPrice);

        // Changes made through the aggregates' methods persist, including replaced value objects.
        await services.WithContextAsync(async db =>
        {
            var tracked = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Id == product.Id);
            tracked.ChangeVariantPrice(white.Id, new Money(899m, "EUR"), new Money(999.99m, "EUR"));
            tracked.ChangeVariantPrice(black.Id, new Money(949m, "EUR"));
            tracked.SetAttribute("Brand", "Nimbus Mobile");
            tracked.RemoveImage("https://cdn.example/front.jpg");
            var stock = await db.StockLevels.SingleAsync(s => s.Id == level.Id);
            stock.Allocate(3);
            return await db.SaveChangesAsync();
        });

        var changed = await services.WithContextAsync(db => db.Products.Include(p => p.Variants).AsNoTracking().SingleAsync(p => p.Id == product.Id));
        Assert.Equal(new Money(999.99m, "EUR"), changed.Variants.Single(v => v.Id == white.Id).CompareAtPrice);
        Assert.Null(changed.Variants.Single(v => v.Id == black.Id).CompareAtPrice);
        Assert.Equal(new Money(949m, "EUR"), changed.Variants.Single(v => v.Id == black.Id).Price);
        Assert.Equal("Nimbus Mobile", Assert.Single(changed.Attributes).Value);
        Assert.Equal("Back", Assert.Single(changed.Images).AltText);
        var changedLevel = await services.WithContextAsync(db => db.StockLevels.AsNoTracking().SingleAsync(s => s.Id == level.Id));
        Assert.Equal((5, 3, 2), (changedLevel.OnHand, changedLevel.Allocated, changedLevel.Available));
    }
}
