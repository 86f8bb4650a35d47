using System.Diagnostics;
using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Radiomics.FirstOrder;
using Solutions.LungSurvival.Radiomics.Glcm;
using Solutions.LungSurvival.Radiomics.Gldm;
using Solutions.LungSurvival.Radiomics.Glrlm;
using Solutions.LungSurvival.Radiomics.Glszm;
using Solutions.LungSurvival.Radiomics.Ngtdm;
using Solutions.LungSurvival.Radiomics.Shape;
using Solutions.LungSurvival.Radiomics.Shape2D;

namespace Solutions.LungSurvival.Benchmarks;

/// <summary>Times each radiomics feature class on <see cref="BenchmarkTumour"/> on one thread, after one warm-up run.</summary>
public static class RadiomicsBenchmark
{
    public static RadiomicsTiming Measure(int runs, RadiomicsSettings? settings = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var extractor = new RadiomicsExtractor(settings);
        var (image, mask) = BenchmarkTumour.Create();
        var features = extractor.Extract(image, mask).ToNamedValues().Count;
        var region = MaskedRegion.Create(image, mask, extractor.Settings.Discretisation);
        var prepare = Best(runs, () => MaskedRegion.Create(image, mask, extractor.Settings.Discretisation));
        FeatureClassTiming[] classes =
        [
            new("first order", Best(runs, () => FirstOrderCalculator.Compute(region))),
            new("GLCM", Best(runs, () => GlcmCalculator.Compute(region))),
            new("GLRLM", Best(runs, () => GlrlmCalculator.Compute(region))),
            new("GLSZM", Best(runs, () => GlszmCalculator.Compute(region))),
            new("GLDM", Best(runs, () => GldmCalculator.Compute(region))),
            new("NGTDM", Best(runs, () => NgtdmCalculator.Compute(region))),
            new("shape 3-D", Best(runs, () => ShapeCalculator.Compute(region))),
            new("shape 2-D", Best(runs, () => Shape2DCalculator.Compute(region))),
        ];
        var total = Best(runs, () => extractor.Extract(image, mask));
        return new RadiomicsTiming(region.Values.Length, region.LevelCount, features, prepare, classes, total, runs);
    }

    private static double Best<T>(int runs, Func<T> work)
    {
        GC.KeepAlive(work());
        var best = double.MaxValue;
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(work());
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }
}
