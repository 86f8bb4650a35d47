using Solutions.PriceOptimization.Elasticity;

namespace Solutions.PriceOptimization.Tests.Elasticity;

public sealed class NaturalCubicSplineTests
{
    private static readonly NaturalCubicSpline Spline = NaturalCubicSpline.AtQuantiles([0, 1, 2, 3, 4], knots: 5);

    private static double[] At(double x)
    {
        var columns = new double[Spline.Columns];
        Spline.Write(x, columns);
        return columns;
    }

    [Fact]
    public void Five_knots_give_x_and_three_curvature_columns()
    {
        Assert.Equal(4, Spline.Columns);
        Assert.Equal(2.5, At(2.5)[0]);
    }

    [Fact]
    public void Below_the_first_knot_every_curvature_column_is_zero()
    {
        // d_k(x) = ((x − ξk)³₊ − (x − ξK)³₊) / (ξK − ξk) is 0 for x < ξ1, so each d_k − d_(K−1) is 0 too.
        Assert.Equal([-3, 0, 0, 0], At(-3));
    }

    [Fact]
    public void Above_the_last_knot_the_basis_is_linear()
    {
        // Natural splines are linear beyond the boundary knots: equal steps in x give equal steps in every column.
        var a = At(5);
        var b = At(6);
        var c = At(7);
        for (var j = 0; j < a.Length; j++)
        {
            Assert.Equal(b[j] - a[j], c[j] - b[j], 1e-9);
        }
    }

    [Fact]
    public void A_worked_value_inside_the_knots()
    {
        // Knots 0..4, x = 2: d_0 = (2³ − 0) / 4 = 2, d_3 = (0 − 0) / 1 = 0, so the first curvature column is 2 − 0.
        Assert.Equal(2, At(2)[1], 1e-12);
    }

    [Fact]
    public void A_variable_with_two_values_keeps_only_its_linear_column()
    {
        var flag = NaturalCubicSpline.AtQuantiles([0, 0, 0, 1, 1], knots: 5);

        Assert.Equal(1, flag.Columns);
    }
}
