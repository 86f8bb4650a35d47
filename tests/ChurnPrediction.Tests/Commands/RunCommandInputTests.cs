using Solutions.ChurnPrediction.Tests.Fixtures;

namespace Solutions.ChurnPrediction.Tests.Commands;

/// <summary>What <c>run</c> says about data it cannot train on; none of these get as far as training.</summary>
public sealed class RunCommandInputTests
{
    [Fact]
    public async Task Too_few_customers_fail_with_the_counts()
    {
        using var folder = new TempFolder();
        // The first 30 customers of the real file hold 3 churners.
        var data = ChurnFiles.WriteSlice(folder.Combine("tiny.csv"), 0, 30);

        var outcome = await ChurnCommandLine.RunAsync("run", "--data", data, "--out", folder.Combine("out"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("tiny.csv: 30 usable rows with 3 churners are too few", outcome.Error);
    }

    [Fact]
    public async Task A_missing_data_file_fails_naming_it()
    {
        using var folder = new TempFolder();
        var missing = folder.Combine("nowhere.csv");

        var outcome = await ChurnCommandLine.RunAsync("run", "--data", missing, "--out", folder.Combine("out"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(missing, outcome.Error);
    }

    [Fact]
    public async Task A_data_folder_without_the_file_fails_with_a_message_not_a_crash()
    {
        // The shared --data option reads FILE|DIR; a folder must give a clear failure (exit 1), not an unhandled exception.
        using var folder = new TempFolder();
        var empty = folder.Combine("empty");
        Directory.CreateDirectory(empty);

        var outcome = await ChurnCommandLine.RunAsync("run", "--data", empty, "--out", folder.Combine("out"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(empty, outcome.Error);
    }

    [Fact]
    public async Task A_file_without_a_required_column_fails_naming_the_column()
    {
        using var folder = new TempFolder();
        var data = folder.Combine("no-state.csv");
        File.WriteAllLines(data, ChurnFiles.Lines.Take(100).Select(l => l[(l.IndexOf(',') + 1)..]));

        var outcome = await ChurnCommandLine.RunAsync("run", "--data", data, "--out", folder.Combine("out"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("'State'", outcome.Error);
    }

    [Fact]
    public async Task A_seed_that_is_not_a_number_is_a_usage_error()
    {
        var outcome = await ChurnCommandLine.RunAsync("run", "--seed", "seven");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--seed", outcome.Error);
        Assert.Contains("'seven'", outcome.Error);
    }
}
