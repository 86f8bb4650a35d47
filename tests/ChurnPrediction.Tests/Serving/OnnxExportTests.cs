using Microsoft.ML;
using Microsoft.ML.Data;
using Solutions.ChurnPrediction.Features;
using Solutions.ChurnPrediction.Serving;
using Solutions.ChurnPrediction.Tests.Fixtures;

namespace Solutions.ChurnPrediction.Tests.Serving;

[Collection(TrainedChurnModelCollection.Name)]
public sealed class OnnxExportTests(TrainedChurnModel trained)
{
    [Fact]
    public void The_ONNX_export_gives_the_calibrated_probabilities_of_the_MLNET_model()
    {
        var (bundle, _) = ChurnBundle.Load(trained.BundleFolder);
        Assert.NotNull(bundle.OnnxPath);
        var customers = ChurnFiles.HeldOut(200);
        var mlContext = new MLContext(seed: 1);
        var input = mlContext.Data.LoadFromEnumerable(customers.Select(ChurnModelInput.From));

        var onnx = mlContext.Transforms.ApplyOnnxModel(bundle.OnnxPath).Fit(input).Transform(input);

        var column = onnx.Schema.Single(c => c.Name == "Probability" && !c.IsHidden);
        Assert.True(column.Type is VectorDataViewType { Size: 1, ItemType: NumberDataViewType }, $"Probability column is {column.Type}; schema: {Describe(onnx.Schema)}");
        var fromOnnx = onnx.GetColumn<float[]>(column.Name).Select(p => (double)p[0]).ToArray();
        var fromMlNet = trained.Result.Model.PredictProbabilities(customers);
        Assert.Equal(customers.Count, fromOnnx.Length);
        for (var i = 0; i < fromOnnx.Length; i++)
        {
            Assert.True(Math.Abs(fromOnnx[i] - fromMlNet[i]) <= 1e-5, $"customer {i}: ONNX {fromOnnx[i]}, ML.NET {fromMlNet[i]}");
        }
    }

    private static string Describe(DataViewSchema schema) => string.Join(", ", schema.Select(c => $"{c.Name}:{c.Type}"));
}
