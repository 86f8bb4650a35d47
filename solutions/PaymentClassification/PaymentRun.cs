using System.Diagnostics;
using Microsoft.ML;
using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Data.Synthetic;
using Solutions.PaymentClassification.Evaluation;
using Solutions.PaymentClassification.Features;
using Solutions.PaymentClassification.Modeling;
using Solutions.Shared.Data.Splits;
using Solutions.Shared.Evaluation.Multiclass;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.PaymentClassification;

/// <summary>
/// The solution end to end, as a story: generate the data if there is none, load it, ingest it into the feature
/// store, build every row's features by a point-in-time join, then on a random and on a time split train and test
/// the store model and the public example's baseline, and measure which features matter. Writing the report and
/// the bundle is the caller's (see <see cref="Commands.RunCommand"/>), so a notebook can look at each step.
/// </summary>
public static class PaymentRun
{
    private const int MinimumRows = 200;

    /// <param name="options">Data, output, store and seed.</param>
    /// <param name="progress">Shows each step; null runs silently.</param>
    public static PaymentRunResult Execute(PaymentRunOptions options, IProgressDisplay? progress = null)
    {
        progress ??= new PlainProgressDisplay(TextWriter.Null);
        var generated = false;
        if (!File.Exists(options.DataPath))
        {
            progress.Step($"Generating {options.Rows:N0} synthetic transactions", () => TransactionCsv.Write(
                options.DataPath, TransactionGenerator.Generate(new GeneratorOptions { Rows = options.Rows, Seed = options.Seed })));
            generated = true;
        }
        var data = progress.Step("Loading transactions", () => TransactionCsv.LoadLabelled(options.DataPath));
        var rows = data.Rows;
        if (rows.Count < MinimumRows)
        {
            throw new InvalidOperationException(
                $"{data.Source}: {rows.Count} usable rows are too few to train and test a 19-category model (at least {MinimumRows}; " +
                $"{data.RowsRejected} rows were rejected{(data.Errors.Count > 0 ? "; first: " + data.Errors[0].Message : "")}).");
        }

        IngestResult ingest;
        IReadOnlyList<TransactionFeatures> features;
        var clock = Stopwatch.StartNew();
        using (var store = options.StoreLocation.Open())
        {
            ingest = progress.Step($"Ingesting into the feature store ({options.StoreLocation.Backend})", () => store.Ingest(rows));
            clock.Restart();
            features = progress.Step("Building point-in-time features (as of just before each payment)", () => store.GetHistoricalFeatures(rows));
        }
        var buildSeconds = clock.Elapsed.TotalSeconds;
        var storeInputs = rows.Select((r, i) => new PaymentModelInput
        {
            Label = r.Category,
            Features = PaymentFeatureVector.Compose(r, features[i]),
        }).ToArray();

        var mlContext = new MLContext(options.Seed);
        var randomSplit = StratifiedSplit.TrainTest(rows.Select(r => r.Category).ToArray(), options.TestFraction, options.Seed);
        var (timeSplit, testFrom) = TimeSplit.Create(rows);
        clock.Restart();
        var (random, model) = progress.Step("Random split: training and testing the store model and the baseline", () =>
            Compare(mlContext, options, rows, storeInputs, randomSplit, "random",
                $"stratified by category, {(1 - options.TestFraction) * 100:F0}% training and {options.TestFraction * 100:F0}% test rows"));
        var (time, _) = progress.Step("Time split: training on earlier months, testing on later ones", () =>
            Compare(mlContext, options, rows, storeInputs, timeSplit, "time",
                $"training on payments before {testFrom:yyyy-MM-dd}, testing on those from then on"));
        var trainingSeconds = clock.Elapsed.TotalSeconds;

        var sample = SampleOf(randomSplit.Test, options.Importance.Rows, options.Seed).Select(i => storeInputs[i]).ToArray();
        var importance = progress.Step("Measuring feature-group importance", () =>
            GroupImportance.Compute(model, sample, PaymentFeatureGroups.All, options.Importance.Repeats, options.Seed));

        var evaluation = new PaymentEvaluation
        {
            RowsLoaded = rows.Count,
            RowsRejected = (int)data.RowsRejected,
            RowsAddedToStore = ingest.Added,
            RowsAlreadyStored = ingest.AlreadyStored,
            FirstTimestamp = rows.Min(r => r.Timestamp),
            LastTimestamp = rows.Max(r => r.Timestamp),
            Random = random,
            Time = time,
            Importance = importance,
            ImportanceRows = sample.Length,
            Trainer = $"{options.Algorithm.Name}, {options.Rounds ?? options.Algorithm.DefaultRounds} rounds",
            PointInTimeBuildSeconds = buildSeconds,
            TrainingSeconds = trainingSeconds,
        };
        return new PaymentRunResult(model, [.. randomSplit.Train.Take(100).Select(i => storeInputs[i])], evaluation, data, generated);
    }

    /// <summary>Trains and tests both feature sets on one split; returns the comparison and the store model.</summary>
    private static (SplitComparison Comparison, PaymentModel<PaymentModelInput> StoreModel) Compare(
        MLContext mlContext, PaymentRunOptions options, IReadOnlyList<LabelledTransaction> rows,
        PaymentModelInput[] storeInputs, TrainTestSplit split, string name, string description)
    {
        var actual = split.Test.Select(i => rows[i].Category).ToArray();

        var storeModel = PaymentTrainer.Fit(mlContext, split.Train.Select(i => storeInputs[i]), options.Algorithm, options.Seed, options.Rounds);
        var storeReport = MulticlassClassificationEvaluator.Evaluate(
            actual, storeModel.PredictProbabilities(split.Test.Select(i => storeInputs[i])), TransactionCategories.All);

        // The baseline's category means come from this split's training rows only.
        var means = CategoryAmountMeans.Fit(split.Train.Select(i => rows[i]));
        BaselineModelInput Baseline(int i) => new() { Label = rows[i].Category, Features = BaselineFeatureVector.Compose(rows[i], means) };
        var baselineModel = PaymentTrainer.Fit(mlContext, split.Train.Select(Baseline), options.Algorithm, options.Seed, options.Rounds);
        var baselineReport = MulticlassClassificationEvaluator.Evaluate(
            actual, baselineModel.PredictProbabilities(split.Test.Select(Baseline)), TransactionCategories.All);

        return (new SplitComparison(name, description, split.Train.Count, split.Test.Count, storeReport, baselineReport), storeModel);
    }

    private static IEnumerable<int> SampleOf(IReadOnlyList<int> indices, int count, int seed)
    {
        if (indices.Count <= count)
        {
            return indices;
        }
        var shuffled = indices.ToArray();
        new Random(seed).Shuffle(shuffled);
        return shuffled.Take(count).Order();
    }
}
