using Solutions.Shared.Notebooks.Running;

namespace Solutions.Shared.Notebooks.Tests.Running;

[Collection(nameof(NotebookRuns))]
public sealed class NotebookEnvironmentTests
{
    private const string RowsVariable = "NOTEBOOK_TEST_ROWS";

    private readonly NotebookRunner _runner = new();

    [Fact]
    public async Task Environment_variables_reach_the_notebook_and_are_restored_after()
    {
        var options = new NotebookRunOptions
        {
            EnvironmentVariables = new Dictionary<string, string?> { [RowsVariable] = "37" },
        };

        var result = await _runner.RunAsync(SampleNotebook.Copied("ReadsEnvironment.ipynb"), options);

        Assert.Equal("37", result.Cell(2).Text);
        Assert.Null(Environment.GetEnvironmentVariable(RowsVariable));
    }

    [Fact]
    public async Task Without_the_variable_the_notebook_uses_its_interactive_default()
    {
        var result = await _runner.RunAsync(SampleNotebook.Copied("ReadsEnvironment.ipynb"));

        Assert.Equal("1000", result.Cell(2).Text);
    }

    [Fact]
    public async Task Cells_run_in_the_notebook_folder_and_the_folder_is_restored_after()
    {
        var path = SampleNotebook.Copied(Path.Combine("WorkingDirectory", "ReadsRelativeFile.ipynb"));
        var before = Environment.CurrentDirectory;

        var result = await _runner.RunAsync(path);

        Assert.Equal(Path.GetDirectoryName(path), result.Cell(1).Text);
        Assert.Equal("seven apples", result.Cell(2).Text);
        Assert.Equal(before, Environment.CurrentDirectory);
    }

    [Fact]
    public async Task A_working_directory_option_overrides_the_notebook_folder()
    {
        var path = SampleNotebook.Copied(Path.Combine("WorkingDirectory", "ReadsRelativeFile.ipynb"));
        var elsewhere = Directory.CreateTempSubdirectory("notebook-cwd-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(elsewhere, "input.txt"), "three pears");

            var result = await _runner.RunAsync(path, new NotebookRunOptions { WorkingDirectory = elsewhere });

            Assert.Equal(elsewhere, result.Cell(1).Text);
            Assert.Equal("three pears", result.Cell(2).Text);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_working_directory_is_named()
    {
        var missing = Path.Combine(AppContext.BaseDirectory, "no-such-folder");

        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => _runner.RunAsync(
            SampleNotebook.Copied("Trivial.ipynb"), new NotebookRunOptions { WorkingDirectory = missing }));

        Assert.Contains(missing, error.Message);
    }
}
