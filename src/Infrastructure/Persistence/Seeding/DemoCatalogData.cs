using Headless.Domain.Catalog;

namespace Headless.Infrastructure.Persistence.Seeding;

/// <summary>The demo shop: a small telecom and electronics store. Brands are invented.</summary>
internal static class DemoCatalogData
{
    /// <summary>(slug, name, parent slug) in display order; parents come before their children.</summary>
    public static readonly IReadOnlyList<(string Slug, string Name, string? Parent)> Categories =
    [
        ("phones", "Phones", null),
        ("smartphones", "Smartphones", "phones"),
        ("feature-phones", "Feature phones", "phones"),
        ("computers", "Computers", null),
        ("laptops", "Laptops", "computers"),
        ("tablets", "Tablets", "computers"),
        ("audio", "Audio", null),
        ("headphones", "Headphones", "audio"),
        ("speakers", "Speakers", "audio"),
        ("wearables", "Wearables", null),
        ("smartwatches", "Smartwatches", "wearables"),
        ("fitness-trackers", "Fitness trackers", "wearables"),
        ("accessories", "Accessories", null),
        ("cases", "Cases", "accessories"),
        ("chargers", "Chargers & cables", "accessories"),
        ("mobile-services", "Mobile services", null),
        ("top-ups", "Top-ups", "mobile-services"),
        ("data-packages", "Data packages", "mobile-services"),
        ("gift-cards", "Gift cards", null),
    ];

    public static readonly IReadOnlyList<(string Code, string Name)> StockLocations =
    [
        ("WH-SHA", "Warehouse Shanghai"),
        ("WH-RTM", "Warehouse Rotterdam"),
    ];

    private static readonly string[] Networks = ["Skyline Mobile", "Harbor Telecom", "Lotus Connect"];

    public static readonly IReadOnlyList<DemoProductSpec> Products =
    [
        // Smartphones
        Phone("nimbus-pro-15", "Nimbus Pro 15", "Nimbus", 999m, "A 6.3\" OLED flagship with a triple camera.", Storage(128, 256, 512), Colours("Midnight Black", "Glacier White", "Sage Green"), ("Display", "6.3\" OLED, 120 Hz"), ("Camera", "50 MP triple")),
        Phone("nimbus-15", "Nimbus 15", "Nimbus", 799m, "The everyday Nimbus with all-day battery.", Storage(128, 256), Colours("Midnight Black", "Coral Pink"), ("Display", "6.1\" OLED"), ("Camera", "48 MP dual")),
        Phone("aurora-x2", "Aurora X2", "Aurora", 649m, "Big screen, fast charging, fair price.", Storage(128, 256), Colours("Graphite", "Ocean Blue"), ("Display", "6.7\" AMOLED"), ("Charging", "67 W wired")),
        Phone("aurora-x2-lite", "Aurora X2 Lite", "Aurora", 399m, "The essentials of the X2 in a lighter body.", DemoAxis.Of("Storage", ("64 GB", 0m), ("128 GB", 50m)), Colours("Graphite", "Mint"), ("Display", "6.5\" LCD")),
        Phone("kestrel-fold", "Kestrel Fold", "Kestrel", 1599m, "A phone that opens into a tablet.", DemoAxis.Of("Storage", ("256 GB", 0m), ("512 GB", 150m)), Colours("Phantom Black", "Cream"), ("Display", "7.6\" foldable OLED")),
        Phone("kestrel-s9", "Kestrel S9", "Kestrel", 899m, "Pro cameras in a compact flagship.", Storage(128, 256, 512), Colours("Phantom Black", "Silver", "Lavender"), ("Camera", "200 MP main")),
        Phone("lumen-one", "Lumen One", "Lumen", 549m, "Clean software, no clutter.", Storage(128, 256), Colours("Black", "White"), ("Updates", "7 years of security updates")),
        Phone("lumen-mini", "Lumen Mini", "Lumen", 449m, "One-handed and pocketable.", DemoAxis.Plain("Storage", "128 GB"), Colours("Black", "Blue", "Red"), ("Display", "5.4\" OLED")),
        Phone("orbit-7", "Orbit 7", "Orbit", 299m, "A dependable first smartphone.", DemoAxis.Of("Storage", ("64 GB", 0m), ("128 GB", 40m)), Colours("Charcoal", "Sky"), ("Battery", "5000 mAh")),
        Phone("orbit-7-pro", "Orbit 7 Pro", "Orbit", 499m, "Orbit value with a pro camera.", Storage(128, 256), Colours("Charcoal", "Sand"), ("Battery", "5000 mAh")),

        // Feature phones
        Physical("feature-phones", "classic-3320", "Classic 3320", "Orbit", 59m, "A month of standby and a snake game.", [Colours("Dark Blue", "Red", "Yellow")], ("Battery", "Up to 31 days standby")),
        Physical("feature-phones", "classic-flip-2", "Classic Flip 2", "Orbit", 79m, "Snap it shut to end the call.", [Colours("Black", "Blue")], ("Form factor", "Flip")),
        Physical("feature-phones", "easycall-senior", "EasyCall Senior", "Lumen", 69m, "Big buttons, loud speaker and an SOS key.", [Colours("Black", "White")], ("Accessibility", "SOS button, hearing-aid compatible")),
        Physical("feature-phones", "rugged-r4", "Rugged R4", "Kestrel", 129m, "Dust-proof, drop-proof, worksite-proof.", [DemoAxis.Plain("Colour", "Black/Orange")], ("Protection", "IP68, MIL-STD-810H")),
        Physical("feature-phones", "lumen-4g-feature", "Lumen 4G Feature", "Lumen", 49m, "4G calls, WhatsApp and maps on a keypad phone.", [Colours("Black")], ("Network", "4G LTE")),

        // Laptops
        Physical("laptops", "aero-book-13", "Aero Book 13", "Aero", 999m, "Fanless, silent and 1.2 kg.", [Specification(("8 GB / 256 GB", 0m), ("16 GB / 512 GB", 300m)), Colours("Silver", "Space Grey")], ("Display", "13.6\" IPS"), ("Weight", "1.2 kg")),
        Physical("laptops", "aero-book-15", "Aero Book 15", "Aero", 1299m, "A bigger screen for spreadsheets and films.", [Specification(("16 GB / 512 GB", 0m), ("32 GB / 1 TB", 500m)), Colours("Silver", "Space Grey")], ("Display", "15.3\" IPS")),
        Physical("laptops", "forge-gaming-16", "Forge Gaming 16", "Forge", 1799m, "A 240 Hz screen and a desktop-class GPU.", [Specification(("16 GB / 1 TB", 0m), ("32 GB / 2 TB", 600m))], ("Display", "16\" 240 Hz"), ("Graphics", "12 GB dedicated")),
        Physical("laptops", "slate-14", "Slate 14", "Slate", 749m, "The office laptop that goes everywhere.", [Specification(("8 GB / 256 GB", 0m), ("16 GB / 512 GB", 250m))], ("Battery", "Up to 14 hours")),
        Physical("laptops", "slate-14-pro", "Slate 14 Pro", "Slate", 1099m, "Slate with an OLED screen and more power.", [Specification(("16 GB / 512 GB", 0m), ("32 GB / 1 TB", 400m)), Colours("Graphite", "Silver")], ("Display", "14\" OLED")),
        Physical("laptops", "edubook-11", "EduBook 11", "Slate", 299m, "Spill-resistant keyboard for the classroom.", [Specification(("4 GB / 64 GB", 0m), ("8 GB / 128 GB", 80m))], ("Protection", "Spill-resistant keyboard")),
        Physical("laptops", "atlas-workstation-17", "Atlas Workstation 17", "Forge", 2499m, "Certified for CAD and 3D work.", [Specification(("32 GB / 1 TB", 0m), ("64 GB / 2 TB", 900m))], ("Display", "17\" 4K")),

        // Tablets
        Physical("tablets", "aero-tab-11", "Aero Tab 11", "Aero", 599m, "Draw, read and stream on 11 inches.", [Storage(128, 256), Connectivity()], ("Display", "11\" Liquid LCD")),
        Physical("tablets", "aero-tab-mini", "Aero Tab Mini", "Aero", 449m, "All the tablet in a jacket pocket.", [Storage(64, 256), Connectivity()], ("Display", "8.3\"")),
        Physical("tablets", "nimbus-pad", "Nimbus Pad", "Nimbus", 379m, "A family tablet with a kids' mode.", [DemoAxis.Of("Storage", ("64 GB", 0m), ("128 GB", 60m)), Colours("Grey", "Blue")], ("Display", "10.9\"")),
        Physical("tablets", "kids-tab-8", "Kids Tab 8", "Orbit", 129m, "With a bumper case and parental controls.", [Colours("Blue", "Pink")], ("Ages", "3–10")),
        Physical("tablets", "slate-tab-pro-13", "Slate Tab Pro 13", "Slate", 1099m, "A laptop replacement with a keyboard cover.", [Storage(256, 512), Connectivity()], ("Display", "13\" OLED")),

        // Headphones
        Physical("headphones", "soundwave-anc-700", "Soundwave ANC 700", "Soundwave", 349m, "Noise cancelling for long flights.", [Colours("Black", "Silver")], ("Battery", "30 hours"), ("Noise cancelling", "Adaptive")),
        Physical("headphones", "soundwave-buds-pro", "Soundwave Buds Pro", "Soundwave", 199m, "True wireless with spatial audio.", [Colours("Black", "White")], ("Battery", "6 + 24 hours with case")),
        Physical("headphones", "bassline-on-ear", "Bassline On-Ear", "Bassline", 89m, "Foldable on-ear headphones with deep bass.", [Colours("Black", "Blue", "Red")], ("Connection", "Bluetooth 5.3")),
        Physical("headphones", "studio-monitor-m50", "Studio Monitor M50", "Bassline", 169m, "Flat response for mixing and mastering.", [Colours("Black")], ("Connection", "3.5 mm, detachable cable")),
        Physical("headphones", "sport-buds", "Sport Buds", "Soundwave", 79m, "Sweat-proof buds with ear hooks.", [Colours("Black", "Lime")], ("Protection", "IPX5")),
        Physical("headphones", "kids-safe-headphones", "Kids Safe Headphones", "Bassline", 39m, "Volume limited to 85 dB.", [Colours("Pink", "Blue")], ("Volume limit", "85 dB")),

        // Speakers
        Physical("speakers", "boom-go", "Boom Go", "Bassline", 59m, "A pocket speaker that floats.", [Colours("Black", "Teal", "Orange")], ("Protection", "IP67")),
        Physical("speakers", "boom-max", "Boom Max", "Bassline", 249m, "Party sound for the whole garden.", [Colours("Black", "Grey")], ("Battery", "24 hours")),
        Physical("speakers", "home-speaker-mini", "Home Speaker Mini", "Nimbus", 49m, "A voice assistant in every room.", [Colours("Charcoal", "Chalk")], ("Connection", "Wi-Fi, Bluetooth")),
        Physical("speakers", "soundbar-500", "Soundbar 500", "Soundwave", 399m, "Cinema sound from one bar.", [Colours("Black")], ("Channels", "5.1 virtual")),

        // Smartwatches
        Physical("smartwatches", "pulse-watch-5", "Pulse Watch 5", "Pulse", 399m, "ECG, GPS and a week of battery.", [WatchSize("41 mm", "45 mm"), Colours("Midnight", "Starlight", "Red")], ("Sensors", "ECG, SpO2, GPS")),
        Physical("smartwatches", "pulse-watch-se", "Pulse Watch SE", "Pulse", 249m, "The essentials of Pulse for less.", [WatchSize("40 mm", "44 mm"), Colours("Midnight", "Silver")], ("Sensors", "Heart rate, GPS")),
        Physical("smartwatches", "orbit-watch-active", "Orbit Watch Active", "Orbit", 199m, "Light, sporty and water-resistant.", [WatchSize("42 mm"), Colours("Black", "Green")], ("Water resistance", "5 ATM")),
        Physical("smartwatches", "kestrel-watch-classic", "Kestrel Watch Classic", "Kestrel", 349m, "A rotating bezel and a steel case.", [WatchSize("42 mm", "46 mm"), Colours("Black", "Silver")], ("Case", "Stainless steel")),
        Physical("smartwatches", "explorer-watch-ultra", "Explorer Watch Ultra", "Pulse", 799m, "Titanium, dual-band GPS and a siren.", [DemoAxis.Plain("Band", "Alpine Loop", "Trail Loop", "Ocean Band")], ("Case", "49 mm titanium")),

        // Fitness trackers
        Physical("fitness-trackers", "pulse-band-4", "Pulse Band 4", "Pulse", 49m, "Steps, sleep and heart rate for two weeks.", [Colours("Black", "Rose")], ("Battery", "14 days")),
        Physical("fitness-trackers", "fit-ring", "Fit Ring", "Pulse", 299m, "Sleep tracking you forget you are wearing.", [DemoAxis.Plain("Size", "8", "9", "10", "11"), Colours("Silver", "Gold")], ("Battery", "7 days")),
        Physical("fitness-trackers", "stride-tracker", "Stride Tracker", "Orbit", 79m, "A colour screen and built-in GPS.", [Colours("Black", "Blue")], ("Sensors", "GPS, heart rate")),

        // Cases
        Physical("cases", "clear-case", "Clear Case", "Guard", 19m, "Crystal clear and yellowing-resistant.", [Model("Nimbus Pro 15", "Nimbus 15", "Aurora X2", "Kestrel S9")], ("Material", "TPU")),
        Physical("cases", "leather-folio", "Leather Folio", "Guard", 49m, "A wallet folio with three card slots.", [Model("Nimbus Pro 15", "Kestrel S9"), Colours("Brown", "Black")], ("Material", "Full-grain leather")),
        Physical("cases", "rugged-armor-case", "Rugged Armor Case", "Guard", 29m, "Drop-tested to 3 metres.", [Model("Nimbus Pro 15", "Aurora X2", "Orbit 7")], ("Protection", "3 m drop")),
        Physical("cases", "silicone-case", "Silicone Case", "Guard", 25m, "Soft-touch silicone with a microfibre lining.", [Model("Nimbus 15", "Lumen One"), Colours("Black", "Sage", "Coral")], ("Material", "Silicone")),
        Physical("cases", "tablet-sleeve-11", "Tablet Sleeve 11\"", "Guard", 35m, "Felt sleeve with a pen loop.", [Colours("Grey", "Navy")], ("Fits", "Tablets up to 11\"")),
        Physical("cases", "laptop-sleeve", "Laptop Sleeve", "Guard", 39m, "Water-repellent neoprene.", [DemoAxis.Of("Size", ("13\"", 0m), ("15\"", 5m))], ("Material", "Neoprene")),

        // Chargers & cables
        Physical("chargers", "usb-c-charger-30w", "USB-C Charger 30 W", "Volt", 25m, "Fast-charges phones and tablets.", [Colours("White", "Black")], ("Output", "30 W USB-C PD")),
        Physical("chargers", "gan-charger-65w", "GaN Charger 65 W", "Volt", 49m, "Charges a laptop and a phone at once.", [DemoAxis.Plain("Plug", "EU", "UK", "US")], ("Output", "65 W, 2× USB-C, 1× USB-A")),
        Physical("chargers", "wireless-charging-pad", "Wireless Charging Pad 15 W", "Volt", 35m, "Drop your phone and go.", [Colours("Black", "White")], ("Output", "15 W Qi2")),
        Physical("chargers", "dual-car-charger", "Dual Car Charger", "Volt", 19m, "Two ports for driver and passenger.", [Colours("Black")], ("Output", "2× 20 W")),
        Physical("chargers", "power-bank-10000", "Power Bank 10,000 mAh", "Volt", 39m, "Two full phone charges in a pocket.", [Colours("Black", "White", "Blue")], ("Capacity", "10,000 mAh")),
        Physical("chargers", "usb-c-cable", "USB-C Cable", "Volt", 12m, "Braided, 100 W rated.", [DemoAxis.Of("Length", ("1 m", 0m), ("2 m", 3m))], ("Rating", "100 W, USB 2.0")),

        // Mobile top-ups: the price is the credit.
        TopUp("skyline-mobile-top-up", "Skyline Mobile top-up", "Skyline Mobile"),
        TopUp("harbor-telecom-top-up", "Harbor Telecom top-up", "Harbor Telecom"),
        TopUp("lotus-connect-top-up", "Lotus Connect top-up", "Lotus Connect"),

        // Data packages
        DataPackage("data-1gb-7-days", "1 GB data for 7 days", 5m),
        DataPackage("data-5gb-30-days", "5 GB data for 30 days", 15m),
        DataPackage("data-20gb-30-days", "20 GB data for 30 days", 30m),
        DataPackage("data-unlimited-weekend", "Unlimited weekend data", 9m),

        // Gift cards
        new("gift-cards", "headless-e-gift-card", "Headless e-gift card", "Headless", ProductKind.Digital, 0m, "A gift card delivered by e-mail, valid for two years.", [Amounts(25, 50, 100)], [("Brand", "Headless"), ("Delivery", "Code sent by e-mail"), ("Validity", "2 years")]),
        new("gift-cards", "playhub-gift-card", "PlayHub gift card", "PlayHub", ProductKind.Digital, 0m, "Credit for games and apps.", [Amounts(20, 50)], [("Brand", "PlayHub"), ("Delivery", "Code shown after payment")]),
    ];

    private static DemoProductSpec Phone(
        string slug, string name, string brand, decimal price, string tagline, DemoAxis storage, DemoAxis colours, params (string, string)[] attributes) =>
        Physical("smartphones", slug, name, brand, price, tagline, [storage, colours], attributes);

    private static DemoProductSpec Physical(
        string category, string slug, string name, string brand, decimal price, string tagline, DemoAxis[] axes, params (string, string)[] attributes) =>
        new(category, slug, name, brand, ProductKind.Physical, price, tagline, axes, [("Brand", brand), .. attributes, ("Warranty", "2 years")]);

    private static DemoProductSpec TopUp(string slug, string name, string network) =>
        new("top-ups", slug, name, network, ProductKind.Service, 0m, $"Prepaid credit for your {network} number.", [Amounts(10, 20, 50)],
            [("Network", network), ("Delivery", "Credited to your number within minutes")]);

    private static DemoProductSpec DataPackage(string slug, string name, decimal price) =>
        new("data-packages", slug, name, "Headless", ProductKind.Service, price, $"{name}, activated by SMS.", [DemoAxis.Plain("Network", Networks)],
            [("Delivery", "Activated on your number within minutes"), ("Roaming", "EU roaming included")]);

    private static DemoAxis Storage(params int[] gigabytes) =>
        new("Storage", gigabytes.Select((gb, i) => ($"{gb} GB", i * 100m + (i > 1 ? 50m : 0m))).ToArray());

    private static DemoAxis Colours(params string[] colours) => DemoAxis.Plain("Colour", colours);

    private static DemoAxis Specification(params (string, decimal)[] values) => DemoAxis.Of("Specification", values);

    private static DemoAxis Connectivity() => DemoAxis.Of("Connectivity", ("Wi-Fi", 0m), ("Wi-Fi + 5G", 150m));

    private static DemoAxis WatchSize(params string[] sizes) =>
        new("Size", sizes.Select((s, i) => (s, i * 30m)).ToArray());

    private static DemoAxis Model(params string[] models) => DemoAxis.Plain("Model", models);

    private static DemoAxis Amounts(params int[] amounts) =>
        new("Amount", amounts.Select(a => ($"€{a}", (decimal)a)).ToArray());
}
