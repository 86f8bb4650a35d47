using Solutions.LungSurvival.Evaluation;

namespace Solutions.LungSurvival.Tests.Evaluation;

public sealed class RepeatedFoldsTests
{
    private static readonly bool[] Labels = [.. Enumerable.Range(0, 30).Select(i => i % 3 == 0)];

    [Fact]
    public void Same_seed_same_folds_and_each_repeat_holds_every_patient_out_once()
    {
        var folds = RepeatedFolds.Create(Labels, folds: 5, repeats: 3, seed: 9);

        Assert.Equal(15, folds.Count);
        Assert.Equal(Describe(folds), Describe(RepeatedFolds.Create(Labels, 5, 3, 9)));
        Assert.NotEqual(Describe(folds), Describe(RepeatedFolds.Create(Labels, 5, 3, 10)));
        foreach (var repeat in folds.GroupBy(f => f.Repeat))
        {
            Assert.Equal(Enumerable.Range(0, 30), repeat.SelectMany(f => f.Fold.Test).Order());
            // 10 dead of 30 over 5 folds: 2 dead in each test fold.
            Assert.All(repeat, f => Assert.Equal(2, f.Fold.Test.Count(i => Labels[i])));
        }
        // Repeats reshuffle.
        Assert.NotEqual(folds[0].Fold.Test, folds[5].Fold.Test);
    }

    [Fact]
    public void Too_few_patients_of_one_status_is_a_clear_error()
    {
        var error = Assert.Throws<ArgumentException>(() => RepeatedFolds.Create([true, true, false, false, false, false], 5, 1, 1));

        Assert.Contains("at least 5 patients of each status; the smaller class has 2", error.Message);
    }

    private static string Describe(IReadOnlyList<RepeatedFold> folds) =>
        string.Join(";", folds.Select(f => $"{f.Repeat}:{string.Join(",", f.Fold.Test)}"));
}
