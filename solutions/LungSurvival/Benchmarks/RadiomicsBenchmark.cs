using System.Diagnostics;
using Solutions.LungSurvival.Radiomics;
using Solutions.LungSurvival.Radiomics.FirstOrder;
using Solutions.LungSurvival.Radiomics.Glcm;
using Solutions.LungSurvival.Radiomics.Glrlm;

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
        var firstOrder = Best(runs, () => FirstOrderCalculator.Compute(region));
        var glcm = Best(runs, () => GlcmCalculator.Compute(region));
        var glrlm = Best(runs, () => GlrlmCalculator.Compute(region));
        var total = Best(runs, () => extractor.Extract(image, mask));
        return new RadiomicsTiming(region.Values.Length, region.LevelCount, features, prepare, firstOrder, glcm, glrlm, total, runs);
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
