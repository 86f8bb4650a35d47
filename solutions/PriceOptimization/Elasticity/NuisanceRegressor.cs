using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Solutions.PriceOptimization.Elasticity;

/// <summary>Fits an ML.NET gradient-boosted regressor on some rows and predicts others: one nuisance fit of cross-fitting.</summary>
internal sealed class NuisanceRegressor(MLContext mlContext, DmlOptions options, NuisanceLearner learner, int featureCount) : INuisanceModel
{
    private readonly SchemaDefinition _schema = CreateSchema(featureCount);

    public double[] FitPredict(float[][] features, double[] target, IReadOnlyList<int> train, IReadOnlyList<int> test)
    {
        var trainRows = mlContext.Data.LoadFromEnumerable(
            train.Select(i => new Row { Features = features[i], Label = (float)target[i] }), _schema);
        var testRows = mlContext.Data.LoadFromEnumerable(
            test.Select(i => new Row { Features = features[i], Label = 0 }), _schema);
        var model = Trainer().Fit(trainRows);
        return [.. model.Transform(testRows).GetColumn<float>("Score").Select(s => (double)s)];
    }

    private IEstimator<ITransformer> Trainer() => learner switch
    {
        // One thread: the result then depends only on the seed, and the machine's cores go to the folds' callers.
        NuisanceLearner.LightGbm => mlContext.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
        {
            NumberOfIterations = options.Trees,
            NumberOfLeaves = options.Leaves,
            MinimumExampleCountPerLeaf = options.MinimumRowsPerLeaf,
            LearningRate = options.LearningRate,
            NumberOfThreads = 1,
            Seed = options.Seed,
            Verbose = false,
            Silent = true,
        }),
        _ => mlContext.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        {
            NumberOfTrees = options.Trees,
            NumberOfLeaves = options.Leaves,
            MinimumExampleCountPerLeaf = options.MinimumRowsPerLeaf,
            LearningRate = options.LearningRate,
            NumberOfThreads = 1,
        }),
    };

    private static SchemaDefinition CreateSchema(int featureCount)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        return schema;
    }

    private sealed class Row
    {
        public float[] Features { get; set; } = [];

        public float Label { get; set; }
    }
}
