using Solutions.PaymentClassification.Evaluation;
using Solutions.Shared.Evaluation.Multiclass;

namespace Solutions.PaymentClassification.Reporting;

/// <summary>
/// The figures of a run as <c>metrics.json</c> holds them (snake_case keys). The top-level figures are the store
/// model's on the random split's test rows; <see cref="Baseline"/> and <see cref="TimeSplit"/> give the rest.
/// </summary>
public sealed record PaymentMetrics
{
    public required double Accuracy { get; init; }
    public required double MacroF1 { get; init; }
    public required double WeightedF1 { get; init; }
    public required double MacroPrecision { get; init; }
    public required double MacroRecall { get; init; }
    public required double LogLoss { get; init; }
    public required double Top3Accuracy { get; init; }
    public required IReadOnlyList<ClassFigures> PerClass { get; init; }

    /// <summary>The public example's features on the same random split.</summary>
    public required SplitFigures Baseline { get; init; }

    /// <summary>Both models on the time split.</summary>
    public required TimeSplitFigures TimeSplit { get; init; }

    public required IReadOnlyList<ImportanceFigures> GroupImportance { get; init; }
    public required string Trainer { get; init; }
    public required int RowsLoaded { get; init; }
    public required int RowsRejected { get; init; }
    public required int TrainRows { get; init; }
    public required int TestRows { get; init; }
    public required int Seed { get; init; }

    public static PaymentMetrics From(PaymentEvaluation e, int seed)
    {
        var store = e.Random.Store;
        return new PaymentMetrics
        {
            Accuracy = store.Accuracy,
            MacroF1 = store.MacroAverage.F1,
            WeightedF1 = store.WeightedAverage.F1,
            MacroPrecision = store.MacroAverage.Precision,
            MacroRecall = store.MacroAverage.Recall,
            LogLoss = store.Probabilities?.LogLoss ?? double.NaN,
            Top3Accuracy = store.Probabilities?.TopKAccuracy(3) ?? double.NaN,
            PerClass = [.. store.Classes.Select(c => new ClassFigures(c.Label, c.Precision, c.Recall, c.F1, c.Support))],
            Baseline = SplitFigures.Of(e.Random.Baseline),
            TimeSplit = new TimeSplitFigures(e.Time.Description, e.Time.TrainRows, e.Time.TestRows,
                SplitFigures.Of(e.Time.Store), SplitFigures.Of(e.Time.Baseline)),
            GroupImportance = [.. e.Importance.Select(i => new ImportanceFigures(i.Feature, i.MeanDrop, i.StandardDeviation))],
            Trainer = e.Trainer,
            RowsLoaded = e.RowsLoaded,
            RowsRejected = e.RowsRejected,
            TrainRows = e.Random.TrainRows,
            TestRows = e.Random.TestRows,
            Seed = seed,
        };
    }

    /// <summary>The headline numbers a model bundle's manifest records.</summary>
    public IReadOnlyDictionary<string, double> ForManifest() => new Dictionary<string, double>
    {
        ["accuracy"] = Accuracy,
        ["macro_f1"] = MacroF1,
        ["weighted_f1"] = WeightedF1,
        ["baseline_accuracy"] = Baseline.Accuracy,
        ["baseline_macro_f1"] = Baseline.MacroF1,
        ["time_split_accuracy"] = TimeSplit.Store.Accuracy,
        ["time_split_macro_f1"] = TimeSplit.Store.MacroF1,
    };
}

/// <summary>One class's row of the classification report.</summary>
public sealed record ClassFigures(string Category, double Precision, double Recall, double F1, int Support);

/// <summary>The summary figures of one test.</summary>
public sealed record SplitFigures(double Accuracy, double MacroF1, double WeightedF1, IReadOnlyList<ClassFigures> PerClass)
{
    public static SplitFigures Of(ClassificationReport report) => new(
        report.Accuracy, report.MacroAverage.F1, report.WeightedAverage.F1,
        [.. report.Classes.Select(c => new ClassFigures(c.Label, c.Precision, c.Recall, c.F1, c.Support))]);
}

/// <summary>The store model and the baseline on the time split.</summary>
public sealed record TimeSplitFigures(string Description, int TrainRows, int TestRows, SplitFigures Store, SplitFigures Baseline);

/// <summary>The drop in test accuracy when a feature group is shuffled.</summary>
public sealed record ImportanceFigures(string Group, double AccuracyDrop, double AccuracyDropSd);
