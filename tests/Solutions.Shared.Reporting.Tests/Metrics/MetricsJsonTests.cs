using Solutions.Shared.Reporting.Metrics;

namespace Solutions.Shared.Reporting.Tests.Metrics;

public sealed class MetricsJsonTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("metrics-json-").FullName;

    public enum ModelKind
    {
        LightGbm,
        FastTree,
    }

    public sealed record RunMetrics(
        ModelKind Model,
        double AreaUnderRocCurve,
        double F1Score,
        float LogLoss,
        double? Threshold,
        IReadOnlyDictionary<string, double> RecallByClass);

    public class BaseMetrics
    {
        public int RowCount { get; init; }
    }

    /// <summary>Declared in a deliberately unsorted order: the JSON must keep it.</summary>
    public sealed class OrderedMetrics : BaseMetrics
    {
        public double Zeta { get; init; }

        public double Alpha { get; init; }

        public double Middle { get; init; }
    }

    public sealed class ExplodingMetrics
    {
        public double Auc => throw new InvalidOperationException("metric not computed");
    }

    [Fact]
    public void Writes_snake_case_keys_string_enums_and_null_for_non_finite_numbers()
    {
        var metrics = new RunMetrics(ModelKind.LightGbm, 0.875, double.NaN, float.PositiveInfinity, null,
            new Dictionary<string, double> { ["TrueChurn"] = 0.5, ["Stayed"] = double.NegativeInfinity });

        var json = MetricsJson.Serialize(metrics);

        const string expected = """
            {
              "model": "light_gbm",
              "area_under_roc_curve": 0.875,
              "f1_score": null,
              "log_loss": null,
              "threshold": null,
              "recall_by_class": {
                "true_churn": 0.5,
                "stayed": null
              }
            }

            """;
        Assert.Equal(expected, json);
    }

    [Fact]
    public void Keys_follow_declaration_order_with_base_members_first()
    {
        var json = MetricsJson.Serialize(new OrderedMetrics { RowCount = 3, Zeta = 1, Alpha = 2, Middle = 3 });

        Assert.Equal("{\n  \"row_count\": 3,\n  \"zeta\": 1,\n  \"alpha\": 2,\n  \"middle\": 3\n}\n", json);
    }

    [Fact]
    public void Anonymous_objects_serialize_with_their_runtime_properties()
    {
        object metrics = new { MeanAbsoluteError = 1.5, Rows = 10 };

        Assert.Equal("{\n  \"mean_absolute_error\": 1.5,\n  \"rows\": 10\n}\n", MetricsJson.Serialize(metrics));
    }

    [Fact]
    public void Read_round_trips_and_turns_null_back_into_nan()
    {
        var path = Path.Combine(_folder, "metrics.json");
        var written = new RunMetrics(ModelKind.FastTree, 0.9, double.NaN, 0.25f, 0.4, new Dictionary<string, double> { ["a"] = 1 });

        MetricsJson.Write(path, written);
        var read = MetricsJson.Read<RunMetrics>(path);

        Assert.Equal(ModelKind.FastTree, read.Model);
        Assert.Equal(0.9, read.AreaUnderRocCurve);
        Assert.True(double.IsNaN(read.F1Score));
        Assert.Equal(0.25f, read.LogLoss);
        Assert.Equal(0.4, read.Threshold);
        Assert.Equal(1, read.RecallByClass["a"]);
    }

    [Fact]
    public void A_failing_serialization_leaves_the_previous_file_untouched()
    {
        var path = Path.Combine(_folder, "metrics.json");
        MetricsJson.Write(path, new { Auc = 0.8 });
        var before = File.ReadAllText(path);

        var error = Assert.Throws<InvalidOperationException>(() => MetricsJson.Write(path, new ExplodingMetrics()));

        Assert.Equal("metric not computed", error.Message);
        Assert.Equal(before, File.ReadAllText(path));
        Assert.Equal(["metrics.json"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Invalid_json_is_reported_with_file_line_column_and_field()
    {
        var path = Path.Combine(_folder, "broken.json");
        File.WriteAllText(path, "{\n  \"model\": \"light_gbm\",\n  \"area_under_roc_curve\": \"high\"\n}\n");

        var error = Assert.Throws<InvalidDataException>(() => MetricsJson.Read<RunMetrics>(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("line 3", error.Message);
        Assert.Contains("$.area_under_roc_curve", error.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = Path.Combine(_folder, "absent.json");

        var error = Assert.Throws<FileNotFoundException>(() => MetricsJson.Read<RunMetrics>(path));

        Assert.Contains(path, error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
