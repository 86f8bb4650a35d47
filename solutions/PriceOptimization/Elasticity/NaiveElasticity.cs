namespace Solutions.PriceOptimization.Elasticity;

/// <summary>The slope of an ordinary least squares fit of log volume on log price alone, with its robust standard error.</summary>
public sealed record NaiveElasticity(double Elasticity, double StandardError)
{
    /// <summary>Fits log volume = a + b log price; b is the naive elasticity. HC0 (White) standard error.</summary>
    public static NaiveElasticity Fit(IReadOnlyList<double> logPrice, IReadOnlyList<double> logVolume)
    {
        var n = logPrice.Count;
        var meanX = logPrice.Average();
        var meanY = logVolume.Average();
        double sxx = 0, sxy = 0;
        for (var i = 0; i < n; i++)
        {
            sxx += (logPrice[i] - meanX) * (logPrice[i] - meanX);
            sxy += (logPrice[i] - meanX) * (logVolume[i] - meanY);
        }
        var slope = sxy / sxx;
        var intercept = meanY - slope * meanX;
        double meat = 0;
        for (var i = 0; i < n; i++)
        {
            var residual = logVolume[i] - intercept - slope * logPrice[i];
            meat += Math.Pow((logPrice[i] - meanX) * residual, 2);
        }
        return new NaiveElasticity(slope, Math.Sqrt(meat) / sxx);
    }
}
