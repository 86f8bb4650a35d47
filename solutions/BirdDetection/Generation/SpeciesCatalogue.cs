using SkiaSharp;

namespace Solutions.BirdDetection.Generation;

/// <summary>
/// Makes up <c>count</c> distinct species, each with its own colours, markings, build and a bird-like but plainly
/// synthetic name ("Crested Amber Pixelfinch").
/// </summary>
public static class SpeciesCatalogue
{
    public const int MaximumSpecies = 200;

    private static readonly (string Name, SKColor Colour)[] Plumage =
    [
        ("Crimson", new SKColor(196, 30, 45)), ("Amber", new SKColor(240, 160, 20)), ("Golden", new SKColor(245, 205, 40)),
        ("Olive", new SKColor(120, 130, 50)), ("Jade", new SKColor(40, 160, 100)), ("Teal", new SKColor(20, 130, 140)),
        ("Azure", new SKColor(50, 130, 230)), ("Indigo", new SKColor(60, 50, 150)), ("Violet", new SKColor(140, 70, 170)),
        ("Rose", new SKColor(230, 110, 150)), ("Slate", new SKColor(100, 110, 125)), ("Sooty", new SKColor(40, 38, 42)),
        ("Snowy", new SKColor(238, 238, 232)), ("Russet", new SKColor(160, 75, 35)), ("Ochre", new SKColor(200, 140, 60)),
        ("Cobalt", new SKColor(20, 70, 170)), ("Buff", new SKColor(220, 195, 150)), ("Chestnut", new SKColor(110, 55, 30)),
    ];

    private static readonly SKColor[] Beaks =
    [
        new(25, 25, 25), new(240, 200, 40), new(235, 120, 30), new(150, 150, 150), new(200, 40, 40), new(230, 215, 190),
    ];

    private static readonly string[] Nouns =
    [
        "Pixelfinch", "Fauxwren", "Mocklark", "Synthtit", "Bitbunting", "Vectorvireo", "Polysparrow", "Renderrobin",
        "Glyphwarbler", "Codecthrush", "Shaderswift", "Bezierbill",
    ];

    public static IReadOnlyList<BirdSpecies> Create(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaximumSpecies);
        var random = SeedStream.Random(seed, stream: -1);
        // Body colours go round the palette from a random start so that a few species never share one.
        var start = random.Next(Plumage.Length);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var species = new List<BirdSpecies>(count);
        for (var id = 1; id <= count; id++)
        {
            var body = Plumage[(start + (id - 1) * 7) % Plumage.Length];
            var appearance = Appearance(random, body.Colour, out var head, out var wing);
            species.Add(new BirdSpecies(id, UniqueName(random, names, appearance, body.Name, head, wing), appearance));
        }
        return species;
    }

    private static BirdAppearance Appearance(Random random, SKColor body, out string headName, out string wingName)
    {
        var head = Pick(random);
        var wing = Pick(random);
        headName = head.Name;
        wingName = wing.Name;
        SKColor? Marking(double chance) => random.NextDouble() < chance ? Pick(random).Colour : null;
        var belly = random.NextDouble() < 0.5 ? Lighter(body) : Pick(random).Colour;
        var tail = random.NextDouble() < 0.6 ? wing.Colour : Pick(random).Colour;
        return new BirdAppearance(
            body, belly, wing.Colour, head.Colour, Beaks[random.Next(Beaks.Length)], tail,
            WingBar: Marking(0.5), EyeStripe: Marking(0.45), Crest: Marking(0.35),
            Plumpness: 0.5 + 0.25 * random.NextDouble(),
            TailLength: 0.2 + 0.5 * random.NextDouble(),
            BeakLength: 0.08 + 0.22 * random.NextDouble(),
            HeadSize: 0.16 + 0.06 * random.NextDouble());
    }

    private static (string Name, SKColor Colour) Pick(Random random) => Plumage[random.Next(Plumage.Length)];

    private static SKColor Lighter(SKColor c) =>
        new((byte)(c.Red + (255 - c.Red) * 0.55), (byte)(c.Green + (255 - c.Green) * 0.55), (byte)(c.Blue + (255 - c.Blue) * 0.55));

    private static string UniqueName(Random random, HashSet<string> taken, BirdAppearance look, string body, string head, string wing)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var noun = Nouns[random.Next(Nouns.Length)];
            var name = random.Next(4) switch
            {
                0 when look.Crest is not null => $"Crested {body} {noun}",
                1 => $"{head}-headed {noun}",
                2 => $"{wing}-winged {noun}",
                _ => $"{body} {noun}",
            };
            if (taken.Add(name)) return name;
        }
        // Past a few hundred species the patterns run dry; a number keeps names unique.
        var numbered = $"{body} {Nouns[0]} {taken.Count + 1}";
        taken.Add(numbered);
        return numbered;
    }
}
