namespace Solutions.Shared.Modeling.Tests.Explaining;

/// <summary>Equal within an absolute tolerance, for comparing sequences of computed doubles.</summary>
internal sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

    public int GetHashCode(double obj) => 0;
}
