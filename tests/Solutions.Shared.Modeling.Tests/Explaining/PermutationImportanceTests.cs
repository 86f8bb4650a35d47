using Solutions.Shared.Modeling.Explaining;

namespace Solutions.Shared.Modeling.Tests.Explaining;

public sealed class PermutationImportanceTests
{
    private static readonly string[] Features = ["minutes", "plan", "calls"];

    /// <summary>Ten rows: column 0 holds the row's position, the others hold values no metric here reads.</summary>
    private static object?[][] Rows() =>
        [.. Enumerable.Range(0, 10).Select(i => new object?[] { (double)i, i % 2 == 0 ? "basic" : "pro", i % 3 })];

    /// <summary>
    /// Higher is better: minus the mean distance between column 0 and the row's position. It is 0 on the rows
    /// as given and negative once column 0 is shuffled; the other columns do not enter it.
    /// </summary>
    private static double PositionFit(IReadOnlyList<object?[]> rows) =>
        -rows.Select((row, i) => Math.Abs((double)row[0]! - i)).Average();

    [Fact]
    public void Only_the_column_the_metric_reads_matters()
    {
        var result = PermutationImportance.Compute(Rows(), Features, PositionFit, repeats: 5, seed: 11);

        Assert.Equal(["minutes", "plan", "calls"], result.Select(r => r.Feature));
        Assert.True(result[0].MeanDrop > 0, $"minutes should matter: {result[0]}");
        // Any shuffle of 0..9 other than the identity moves some value by at least one place and another back,
        // so a drop is 0 or at least 2/10; the mean of five is above 0 unless all five were the identity.
        Assert.True(result[0].MeanDrop >= 0.2 / 5);
        Assert.Equal(new FeatureImportance("plan", 0.0, 0.0), result[1]);
        Assert.Equal(new FeatureImportance("calls", 0.0, 0.0), result[2]);
    }

    [Fact]
    public void Mean_and_standard_deviation_are_those_of_the_drops_the_metric_saw()
    {
        var seen = new List<double>();
        double Recording(IReadOnlyList<object?[]> rows)
        {
            var value = PositionFit(rows);
            seen.Add(value);
            return value;
        }

        var minutesOnly = Rows().Select(r => new[] { r[0] }).ToArray();

        var result = PermutationImportance.Compute(minutesOnly, ["minutes"], Recording, repeats: 4, seed: 3);

        // Call 0 is the baseline (0 here); calls 1-4 are the shuffles of column 0.
        Assert.Equal(5, seen.Count);
        Assert.Equal(0.0, seen[0]);
        var drops = seen.Skip(1).Select(v => seen[0] - v).ToArray();
        Assert.True(drops.Distinct().Count() > 1, "the shuffles should give different drops, else the spread is trivially 0");
        var mean = drops.Average();
        var sampleSd = Math.Sqrt(drops.Sum(d => (d - mean) * (d - mean)) / 3);
        var single = Assert.Single(result);
        Assert.Equal(mean, single.MeanDrop, 12);
        Assert.Equal(sampleSd, single.StandardDeviation, 12);
    }

    [Fact]
    public void A_shuffle_permutes_one_column_and_keeps_the_others_in_place()
    {
        var original = Rows();
        var calls = new List<object?[][]>();
        double Snapshot(IReadOnlyList<object?[]> rows)
        {
            calls.Add([.. rows.Select(r => (object?[])r.Clone())]);
            return 0;
        }

        PermutationImportance.Compute(original, Features, Snapshot, repeats: 2, seed: 5);

        // Baseline, then two shuffles for each of the three columns.
        Assert.Equal(1 + 3 * 2, calls.Count);
        for (var call = 1; call < calls.Count; call++)
        {
            var shuffled = (call - 1) / 2;
            for (var column = 0; column < Features.Length; column++)
            {
                var seenValues = calls[call].Select(r => r[column]).ToArray();
                var originalValues = original.Select(r => r[column]).ToArray();
                if (column == shuffled)
                {
                    Assert.Equal(originalValues.Order(), seenValues.Order());
                }
                else
                {
                    Assert.Equal(originalValues, seenValues);
                }
            }
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_importances_and_another_seed_other_ones()
    {
        var first = PermutationImportance.Compute(Rows(), Features, PositionFit, repeats: 3, seed: 21);
        var again = PermutationImportance.Compute(Rows(), Features, PositionFit, repeats: 3, seed: 21);
        var other = PermutationImportance.Compute(Rows(), Features, PositionFit, repeats: 3, seed: 22);

        Assert.Equal(first, again);
        Assert.NotEqual(first[0].MeanDrop, other[0].MeanDrop);
    }

    [Fact]
    public void Results_are_ordered_by_drop_largest_first()
    {
        // Column 2 weighs 100 times column 0. A shuffled drop is 0 or between 0.2 and 5 per unit weight,
        // so calls (≥ 20 unless every shuffle was the identity) comes before minutes (≤ 5).
        double Weighted(IReadOnlyList<object?[]> rows) =>
            -rows.Select((row, i) => Math.Abs((double)row[0]! - i) + 100 * Math.Abs(Convert.ToDouble(row[2]) - i % 3)).Average();

        var result = PermutationImportance.Compute(Rows(), Features, Weighted, repeats: 3, seed: 8);

        Assert.Equal(["calls", "minutes", "plan"], result.Select(r => r.Feature));
    }

    [Fact]
    public void The_callers_rows_are_not_changed()
    {
        var rows = Rows();
        var copy = rows.Select(r => (object?[])r.Clone()).ToArray();

        PermutationImportance.Compute(rows, Features, PositionFit, repeats: 3, seed: 1);

        Assert.Equal(copy, rows);
    }

    [Fact]
    public void One_repeat_has_no_spread()
    {
        var result = PermutationImportance.Compute(Rows(), Features, PositionFit, repeats: 1, seed: 2);

        Assert.All(result, r => Assert.Equal(0.0, r.StandardDeviation));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Fewer_than_one_repeat_is_refused(int repeats)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(
            () => PermutationImportance.Compute(Rows(), Features, PositionFit, repeats, seed: 1));

        Assert.Equal("repeats", e.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Fewer_than_two_rows_are_refused(int count)
    {
        var rows = Rows().Take(count).ToArray();

        var e = Assert.Throws<ArgumentException>(() => PermutationImportance.Compute(rows, Features, PositionFit, 2, seed: 1));

        Assert.Equal("rows", e.ParamName);
        Assert.StartsWith("Permutation importance needs at least two rows.", e.Message);
    }

    [Fact]
    public void Rows_whose_width_differs_from_the_feature_names_are_refused_naming_the_row()
    {
        var rows = Rows();
        rows[4] = [4.0, "pro"];

        var e = Assert.Throws<ArgumentException>(() => PermutationImportance.Compute(rows, Features, PositionFit, 2, seed: 1));

        Assert.Equal("rows", e.ParamName);
        Assert.StartsWith("Row 4 has 2 values but 3 features are named (minutes, plan, calls).", e.Message);
    }

    [Fact]
    public void A_missing_metric_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => PermutationImportance.Compute(Rows(), Features, null!, 2, seed: 1));
    }
}
