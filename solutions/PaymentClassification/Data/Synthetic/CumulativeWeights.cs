namespace Solutions.PaymentClassification.Data.Synthetic;

/// <summary>A discrete distribution over 0..n-1 given by non-negative weights, sampled by binary search.</summary>
internal sealed class CumulativeWeights
{
    private readonly double[] _cumulative;

    public CumulativeWeights(IReadOnlyList<double> weights)
    {
        _cumulative = new double[weights.Count];
        var total = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            if (!(weights[i] >= 0) || double.IsInfinity(weights[i]))
            {
                throw new ArgumentException($"Weight {i} is {weights[i]}; weights must be finite and non-negative.",
                    nameof(weights));
            }
            total += weights[i];
            _cumulative[i] = total;
        }
        if (total <= 0)
        {
            throw new ArgumentException("At least one weight must be positive.", nameof(weights));
        }
    }

    public int Count => _cumulative.Length;

    public int Sample(RandomSource random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        int low = 0, high = _cumulative.Length - 1;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_cumulative[middle] > target)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }
        return low;
    }
}
