using Solutions.ChurnPrediction.Data;
using Solutions.ChurnPrediction.Reporting;
using Solutions.ChurnPrediction.Tests.Fixtures;
using Solutions.Shared.Reporting.Metrics;

namespace Solutions.ChurnPrediction.Tests;

[Collection(TrainedChurnModelCollection.Name)]
public sealed class ChurnRunTests(TrainedChurnModel trained)
{
    private ChurnRunResult Result => trained.Result;

    [Fact]
    public void The_test_set_auc_on_real_customers_is_above_0_8()
    {
        Assert.True(Result.Evaluation.Test.RocAuc > 0.8, $"test ROC AUC {Result.Evaluation.Test.RocAuc:0.000}");
    }

    [Fact]
    public void The_split_and_counts_add_up()
    {
        var e = Result.Evaluation;

        // 1,200 rows: 149 churners and 1,051 stayers, each cut 60/20/20 (within a row): 720, 240, 240.
        Assert.Equal((1_200, 0, 149, 1_200), (e.RowsLoaded, e.RowsRejected, e.ActualChurners, e.Customers));
        Assert.Equal((720, 240, 240), (e.TrainRows, e.ValidationRows, e.TestRows));
        Assert.Equal(e.TestRows, e.Test.Positives + e.Test.Negatives);
        Assert.Equal(e.TestRows, e.TestProbabilitiesOfChurners.Count + e.TestProbabilitiesOfStayers.Count);
    }

    [Fact]
    public void The_deployed_cutoff_is_the_predictors_and_the_expected_churners_are_near_the_actual()
    {
        var e = Result.Evaluation;

        Assert.Equal(e.DeployedCutoff, Result.Predictor.Cutoff);
        Assert.InRange(e.DeployedCutoff, 0.0, 1.0);
        // Calibrated probabilities summed over all customers should land near the 149 churners.
        Assert.InRange(e.ExpectedChurners, 149 * 0.75, 149 * 1.25);
    }

    [Fact]
    public void Importance_ranks_every_input_column_once()
    {
        var features = Result.Evaluation.Importance.Select(i => i.Feature).ToList();

        Assert.Equal(19, features.Count);
        Assert.Equal(CustomerValues.Schema.Columns.Select(c => c.Name).Order(), features.Order());
    }

    [Fact]
    public void The_same_seed_gives_identical_metrics()
    {
        var again = ChurnRun.Execute(trained.Options);

        Assert.Equal(Metrics(Result), Metrics(again));
    }

    [Fact]
    public void A_different_seed_splits_the_training_customers_differently()
    {
        var rows = Result.Data.Rows;
        var fractions = trained.Options.SplitFractions;

        var ours = ChurnSplit.Create(rows, fractions, trained.Options.Seed);
        var other = ChurnSplit.Create(rows, fractions, trained.Options.Seed + 1);

        Assert.Equal(Result.Evaluation.TestProbabilitiesOfChurners.Count, ours.Test.Count(r => r.Churned));
        Assert.NotEqual(ours.Test, other.Test, ReferenceEqualityComparer.Instance);
    }

    // Everything a run measured, as metrics.json holds it (it records no wall time, so it must repeat exactly).
    private static string Metrics(ChurnRunResult run) =>
        MetricsJson.Serialize(ChurnMetrics.From(run.Evaluation, TrainedChurnModel.Seed));
}
