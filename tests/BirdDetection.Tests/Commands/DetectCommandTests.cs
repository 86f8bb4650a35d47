using System.Globalization;
using SkiaSharp;
using Solutions.BirdDetection.Data;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.BirdDetection.Tests.Commands;

[Collection(BirdRunCollection.Name)]
public sealed class DetectCommandTests(TinyBirdRuns runs)
{
    private string Model => Path.Combine(runs.First.Folder, "models", "flipped");

    [Fact]
    public async Task Detect_prints_SageMaker_rows_and_draws_them()
    {
        var image = CubDataset.Load(runs.DataFolder).TestImages[0];
        var picture = Path.Combine(runs.Parent, "detect", "found.png");

        var (code, output, error) = await BirdCommandLine.RunAsync(
            "detect", "--model", Model, "--image", image.Path, "--out", picture, "--threshold", "0", "--top-k", "2");

        Assert.True(code == 0, error);
        var rows = output.Split('\n').Where(line => line.StartsWith('[') && !line.StartsWith("[class_index")).ToList();
        Assert.Equal(2, rows.Count);
        foreach (var row in rows)
        {
            var values = row[1..row.IndexOf(']')].Split(", ").Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(6, values.Length);
            Assert.InRange(values[0], 0, 2);
            Assert.InRange(values[1], 0, 1);
            Assert.True(values[2] < values[4] && values[3] < values[5], row);
        }

        using var drawn = SKBitmap.Decode(picture);
        Assert.Equal(480, drawn.Width);
    }

    [Theory]
    [InlineData("--threshold", "2", "--threshold must be a score from 0 to 1, not '2'")]
    [InlineData("--top-k", "0", "--top-k must be 1 or more, not 0")]
    public async Task A_bad_option_is_a_usage_error(string option, string value, string expected)
    {
        var image = CubDataset.Load(runs.DataFolder).TestImages[0].Path;
        var (code, _, error) = await BirdCommandLine.RunAsync("detect", "--model", Model, "--image", image, "--out", Path.Combine(runs.Parent, "x.png"), option, value);

        Assert.Equal(SolutionCommandLine.UsageError, code);
        Assert.Contains(expected, error);
    }

    [Fact]
    public async Task A_missing_or_unreadable_image_or_a_missing_model_fails_with_the_file_named()
    {
        var notImage = Path.Combine(runs.Parent, "not-an-image.jpg");
        File.WriteAllText(notImage, "hello");
        var image = CubDataset.Load(runs.DataFolder).TestImages[0].Path;
        var output = Path.Combine(runs.Parent, "x.png");

        var unreadable = await BirdCommandLine.RunAsync("detect", "--model", Model, "--image", notImage, "--out", output);
        var missing = await BirdCommandLine.RunAsync("detect", "--model", Model, "--image", notImage + ".gone", "--out", output);
        var noModel = await BirdCommandLine.RunAsync("detect", "--model", Path.Combine(runs.Parent, "no-model"), "--image", image, "--out", output);

        Assert.Equal(SolutionCommandLine.Failure, unreadable.Code);
        Assert.Contains($"{notImage} is not a readable image", unreadable.Error);
        Assert.Equal(SolutionCommandLine.Failure, missing.Code);
        Assert.Contains("does not exist", missing.Error);
        Assert.Equal(SolutionCommandLine.Failure, noModel.Code);
        Assert.Contains("no-model' does not exist", noModel.Error);
        Assert.False(File.Exists(output));
    }
}
