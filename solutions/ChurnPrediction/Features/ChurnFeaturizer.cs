using Microsoft.ML;
using Microsoft.ML.Transforms;

namespace Solutions.ChurnPrediction.Features;

/// <summary>Turns a <see cref="ChurnModelInput"/> into the <c>Features</c> vector: one-hot categories, then the numbers.</summary>
public static class ChurnFeaturizer
{
    public const string FeaturesColumn = "Features";

    public static IEstimator<ITransformer> Build(MLContext mlContext, ChurnFeatureSet featureSet)
    {
        var categories = ChurnFeatureSet.Categorical
            .Select(c => new InputOutputColumnPair(c, c))
            .ToArray();
        return mlContext.Transforms.Categorical
            .OneHotEncoding(categories, OneHotEncodingEstimator.OutputKind.Indicator)
            .Append(mlContext.Transforms.Concatenate(
                FeaturesColumn, [.. ChurnFeatureSet.Categorical, .. featureSet.NumericColumns]));
    }
}
