using System.Text.Json;
using Solutions.BirdDetection.Bundles;
using Solutions.BirdDetection.Commands;
using Solutions.BirdDetection.Reporting;
using Solutions.Shared.Modeling.Cli;

namespace Solutions.BirdDetection.Tests.Commands;

[Collection(BirdRunCollection.Name)]
public sealed class RunCommandTests(TinyBirdRuns runs)
{
    [Fact]
    public void A_run_writes_metrics_report_chart_pictures_and_both_bundles()
    {
        Assert.True(runs.First.Code == 0, runs.First.Error + runs.First.Output);
        var folder = runs.First.Folder;
        Assert.Contains("mAP@0.5 on test: baseline", runs.First.Output);
        Assert.True(File.Exists(Path.Combine(folder, MapByEpochChart.FileName)));
        // 9 test images: 8 pictures, spread evenly (indices 0, 1, ..., 7 of 9).
        Assert.Equal(8, Directory.GetFiles(Path.Combine(folder, SamplePictures.FolderName), "*.png").Length);
        foreach (var model in new[] { "baseline", "flipped" })
        {
            var bundle = BirdBundle.Load(Path.Combine(folder, "models", model));
            Assert.Equal(3, bundle.Species.Count);
            Assert.Equal(320, bundle.InputSize);
        }

        var report = File.ReadAllText(Path.Combine(folder, BirdRunOutputs.ReportFile));
        Assert.Contains("![mAP@0.5 per epoch, baseline and flipped](map50_by_epoch.png)", report);
        Assert.Contains("not comparable", report);
        Assert.Contains("xmin' = 1 - xmax", report);
        Assert.Contains("(samples/image-", report);
    }

    [Fact]
    public void Metrics_json_has_both_models_per_epoch_and_per_species()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(runs.First.Folder, BirdRunOutputs.MetricsFile)));
        var root = json.RootElement;

        Assert.Equal(TinyBirdRuns.Epochs, root.GetProperty("epochs").GetInt32());
        Assert.Equal((9, 9), (root.GetProperty("training_images").GetInt32(), root.GetProperty("evaluation_images").GetInt32()));
        Assert.Equal("test", root.GetProperty("evaluated_on").GetString());
        Assert.Equal([1, 2, 3], root.GetProperty("cub_class_ids").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(3, root.GetProperty("class_names").GetArrayLength());
        foreach (var model in new[] { "baseline", "flipped" })
        {
            var byEpoch = root.GetProperty($"map50_by_epoch_{model}").EnumerateArray().Select(e => e.GetDouble()).ToList();
            Assert.Equal(TinyBirdRuns.Epochs, byEpoch.Count);
            Assert.All(byEpoch, map => Assert.InRange(map, 0, 1));
            // The final mAP is the last epoch's, never the best one's.
            Assert.Equal(byEpoch[^1], root.GetProperty($"map50_{model}").GetDouble());
        }

        var perClass = root.GetProperty("ap50_per_class").EnumerateArray().ToList();
        Assert.Equal(3, perClass.Count);
        Assert.All(perClass, c => Assert.Equal(3, c.GetProperty("boxes").GetInt32()));
        Assert.Equal(root.GetProperty("map50_flipped").GetDouble(), perClass.Average(c => c.GetProperty("flipped").GetDouble()), 12);
    }

    [Fact]
    public void The_same_seed_gives_identical_metrics_and_report_and_another_seed_does_not()
    {
        string Read(string folder, string file) => File.ReadAllText(Path.Combine(folder, file));
        Assert.Equal(0, runs.Second.Code);
        Assert.Equal(Read(runs.First.Folder, BirdRunOutputs.MetricsFile), Read(runs.Second.Folder, BirdRunOutputs.MetricsFile));
        Assert.Equal(Read(runs.First.Folder, BirdRunOutputs.ReportFile), Read(runs.Second.Folder, BirdRunOutputs.ReportFile));
        Assert.NotEqual(Read(runs.First.Folder, BirdRunOutputs.MetricsFile), Read(runs.OtherSeed.Folder, BirdRunOutputs.MetricsFile));
    }

    [Fact]
    public async Task A_rerun_reads_every_feature_map_from_the_cache()
    {
        var (code, output, error) = await BirdCommandLine.RunAsync(
            "run", "--data", runs.DataFolder, "--out", runs.First.Folder, "--seed", "7", "--epochs", TinyBirdRuns.Epochs.ToString());

        Assert.True(code == 0, error);
        // 9 training images plain and mirrored, 9 test images plain.
        Assert.Contains("Features: 0 maps computed, 27 cached", output);
    }

    [Fact]
    public async Task Selecting_classes_keeps_only_those_species()
    {
        var folder = Path.Combine(runs.Parent, "classes");
        var (code, _, error) = await BirdCommandLine.RunAsync("run", "--data", runs.DataFolder, "--out", folder, "--epochs", "1", "--classes", "1,3");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, BirdRunOutputs.MetricsFile)));
        Assert.Equal([1, 3], json.RootElement.GetProperty("cub_class_ids").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(6, json.RootElement.GetProperty("training_images").GetInt32());
    }

    [Fact]
    public async Task A_validation_run_measures_held_out_training_images_and_never_the_test_split()
    {
        var folder = Path.Combine(runs.Parent, "validation");
        var (code, output, error) = await BirdCommandLine.RunAsync(
            "run", "--data", runs.DataFolder, "--out", folder, "--epochs", "1", "--validation", "0.34");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, BirdRunOutputs.MetricsFile)));
        // 3 training images per species; round(3 x 0.34) = 1 held out each: 6 train, 3 validation, out of the 9 training images.
        Assert.Equal("validation", json.RootElement.GetProperty("evaluated_on").GetString());
        Assert.Equal((6, 3), (json.RootElement.GetProperty("training_images").GetInt32(), json.RootElement.GetProperty("evaluation_images").GetInt32()));
        Assert.Contains("mAP@0.5 on validation", output);
        var ids = Directory.GetFiles(Path.Combine(folder, SamplePictures.FolderName)).Select(Path.GetFileName).ToList();
        var training = Solutions.BirdDetection.Data.CubDataset.Load(runs.DataFolder).TrainingImages.Select(i => $"image-{i.Id:D5}.png").ToHashSet();
        Assert.All(ids, id => Assert.Contains(id!, training));
    }

    [Theory]
    [InlineData("--classes", "17,x", "--classes must be comma-separated CUB class ids of 1 or more, e.g. 17,36; 'x' is not one")]
    [InlineData("--epochs", "0", "--epochs must be 1 to 10000, not 0")]
    [InlineData("--validation", "1.5", "--validation must be a share from 0 to below 1")]
    public async Task A_bad_option_is_a_usage_error_that_says_what_to_fix(string option, string value, string expected)
    {
        var (code, _, error) = await BirdCommandLine.RunAsync("run", "--data", runs.DataFolder, "--out", Path.Combine(runs.Parent, "bad"), option, value);

        Assert.Equal(SolutionCommandLine.UsageError, code);
        Assert.Contains(expected, error);
    }

    [Fact]
    public async Task A_data_folder_without_a_data_set_is_refused_with_what_was_expected()
    {
        var (code, _, error) = await BirdCommandLine.RunAsync("run", "--data", Path.Combine(runs.Parent, "nothing"), "--out", Path.Combine(runs.Parent, "bad"));

        Assert.Equal(SolutionCommandLine.Failure, code);
        Assert.Contains("is not a CUB-200-2011 data set: expected images.txt", error);
    }

    [Fact]
    public void Run_is_the_default_command_and_writes_under_artifacts_birds()
    {
        Assert.EndsWith(Path.Combine("artifacts", "birds"), RunCommand.DefaultOutputFolder);
        Assert.EndsWith(Path.Combine("artifacts", "birds", "models", "flipped"), DetectCommand.DefaultModelFolder);
    }
}
