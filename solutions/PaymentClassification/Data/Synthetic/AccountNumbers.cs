namespace Solutions.PaymentClassification.Data.Synthetic;

/// <summary>Draws distinct 16-digit account numbers (no leading zero), shared by merchants and customers.</summary>
internal sealed class AccountNumbers(RandomSource random)
{
    private const long Smallest = 1_000_000_000_000_000; // 16 digits
    private const long Largest = 9_999_999_999_999_999;

    private readonly HashSet<long> _issued = [];

    public string Next()
    {
        long number;
        do
        {
            number = random.NextInt64(Smallest, Largest + 1);
        }
        while (!_issued.Add(number));
        return number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
