using MathNet.Numerics.Distributions;

namespace Solutions.PriceOptimization.Forecasting;

/// <summary>
/// Prophet's uncertainty interval (<c>sample_predictive_trend</c> and <c>sample_model</c>): each simulated future
/// adds new changepoints beyond the history, as a Poisson process with the fitted changepoint frequency (S per unit
/// of scaled time) and Laplace(0, mean |δ|) rate changes, plus Gaussian noise with the fitted σ. The bounds are the
/// sample quantiles at (1 ∓ width)/2, interpolated linearly as numpy's percentile.
/// </summary>
internal static class ForecastIntervalSampler
{
    public static (double[] Lower, double[] Upper) Sample(FittedForecaster model, double[] times, double[] yhat, ForecastOptions options)
    {
        var rows = times.Length;
        var lower = new double[rows];
        var upper = new double[rows];
        var samples = options.UncertaintySamples;
        if (samples == 0)
        {
            Array.Fill(lower, double.NaN);
            Array.Fill(upper, double.NaN);
            return (lower, upper);
        }

        var design = model.Design;
        var random = new Random(options.Seed);
        var (starts, changeTimes, changeRates) = FutureChangepoints(model, times.Max(), samples, random);
        var draws = new double[samples];
        var noise = model.NoiseScale * design.YScale;
        for (var i = 0; i < rows; i++)
        {
            var t = times[i];
            for (var s = 0; s < samples; s++)
            {
                var shift = 0.0;
                for (var c = starts[s]; c < starts[s + 1]; c++)
                {
                    if (t > changeTimes[c])
                    {
                        shift += changeRates[c] * (t - changeTimes[c]);
                    }
                }

                draws[s] = yhat[i] + (design.YScale * shift) + Normal.Sample(random, 0, noise);
            }

            Array.Sort(draws);
            lower[i] = Percentile(draws, (1 - options.IntervalWidth) / 2);
            upper[i] = Percentile(draws, (1 + options.IntervalWidth) / 2);
        }

        return (lower, upper);
    }

    /// <summary>Each sample's new changepoints on (1, horizon], flattened: sample s owns [starts[s], starts[s + 1]).</summary>
    private static (int[] Starts, double[] Times, double[] Rates) FutureChangepoints(FittedForecaster model, double horizon, int samples, Random random)
    {
        var design = model.Design;
        var count = design.ChangepointTimes.Length;
        var starts = new int[samples + 1];
        if (horizon <= 1 || count == 0)
        {
            // No trend uncertainty inside the history, as in Prophet.
            return (starts, [], []);
        }

        var deltas = model.Parameters.AsSpan(ForecastDesign.ChangepointOffset, count);
        var meanAbsolute = 0.0;
        foreach (var delta in deltas)
        {
            meanAbsolute += Math.Abs(delta);
        }

        // Prophet's empirical scale of future rate changes, plus its epsilon so the Laplace scale stays positive.
        var laplaceScale = (meanAbsolute / count) + 1e-8;
        var times = new List<double>();
        var rates = new List<double>();
        for (var s = 0; s < samples; s++)
        {
            var changes = Poisson.Sample(random, count * (horizon - 1));
            for (var c = 0; c < changes; c++)
            {
                times.Add(1 + (random.NextDouble() * (horizon - 1)));
                rates.Add(Laplace.Sample(random, 0, laplaceScale));
            }

            starts[s + 1] = times.Count;
        }

        return (starts, times.ToArray(), rates.ToArray());
    }

    /// <summary>numpy's default (linear) percentile of sorted values, q in [0, 1].</summary>
    internal static double Percentile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
