namespace Solutions.Shared.Evaluation;

/// <summary>Count ratios with an explicit answer for an empty denominator, so no metric silently divides by zero.</summary>
internal static class Ratios
{
    /// <summary>NaN when the denominator is 0: the ratio is undefined, as a rate of an absent class.</summary>
    public static double OrNaN(int numerator, int denominator) =>
        denominator == 0 ? double.NaN : numerator / (double)denominator;

    /// <summary>0 when the denominator is 0, as scikit-learn's <c>zero_division=0</c>.</summary>
    public static double OrZero(int numerator, int denominator) =>
        denominator == 0 ? 0.0 : numerator / (double)denominator;
}
