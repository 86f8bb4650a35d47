using Solutions.BirdDetection.Backbone;
using Solutions.BirdDetection.Data;
using Solutions.BirdDetection.Detection;

namespace Solutions.BirdDetection.Tests.Detection;

/// <summary>
/// Noise feature maps with one object each whose species and box the head can learn: the cells the box covers carry
/// the species' channel and an "object" channel; the centre cell carries a marker, the centre's offset within the
/// cell and the log of the box's size.
/// </summary>
internal static class SyntheticMaps
{
    public const int Channels = 16;
    public const int Side = 6;

    public static DetectionHeadOptions Head(int classCount) =>
        new() { InputChannels = Channels, ReducedChannels = 16, ClassCount = classCount, PriorWidth = 0.4, PriorHeight = 0.4 };

    public static List<LabelledFeatureMap> Generate(int count, int classCount, int seed, double noise = 0.5)
    {
        var random = new Random(seed);
        var maps = new List<LabelledFeatureMap>(count);
        for (var i = 0; i < count; i++)
        {
            var width = 0.2 + 0.4 * random.NextDouble();
            var height = 0.2 + 0.4 * random.NextDouble();
            var xMin = random.NextDouble() * (1 - width);
            var yMin = random.NextDouble() * (1 - height);
            var truth = new GroundTruthObject(random.Next(classCount), new NormalisedBox(xMin, yMin, xMin + width, yMin + height));
            maps.Add(new LabelledFeatureMap(Draw(truth, random, noise), [truth]));
        }

        return maps;
    }

    private static FeatureMap Draw(GroundTruthObject truth, Random random, double noise)
    {
        var cells = Side * Side;
        var values = new float[Channels * cells];
        for (var i = 0; i < values.Length; i++) values[i] = (float)(noise * Gaussian(random));
        var box = truth.Box;
        var centreX = (box.XMin + box.XMax) / 2 * Side;
        var centreY = (box.YMin + box.YMax) / 2 * Side;
        for (var y = 0; y < Side; y++)
        {
            for (var x = 0; x < Side; x++)
            {
                var cell = y * Side + x;
                var inside = (x + 0.5) / Side > box.XMin && (x + 0.5) / Side < box.XMax && (y + 0.5) / Side > box.YMin && (y + 0.5) / Side < box.YMax;
                if (inside || ((int)centreX == x && (int)centreY == y))
                {
                    values[(8 + truth.ClassIndex) * cells + cell] += 2;
                    values[0 * cells + cell] += 1;
                }

                if ((int)centreX != x || (int)centreY != y) continue;
                values[1 * cells + cell] += 3;
                values[2 * cells + cell] += (float)(8 * (centreX - x - 0.5));
                values[3 * cells + cell] += (float)(8 * (centreY - y - 0.5));
                values[4 * cells + cell] += (float)(8 * Math.Log(box.Width / 0.4));
                values[5 * cells + cell] += (float)(8 * Math.Log(box.Height / 0.4));
            }
        }

        return new FeatureMap(Channels, Side, Side, values);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
