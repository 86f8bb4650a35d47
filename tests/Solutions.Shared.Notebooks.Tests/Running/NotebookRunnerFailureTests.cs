using Solutions.Shared.Notebooks.Running;

namespace Solutions.Shared.Notebooks.Tests.Running;

[Collection(nameof(NotebookRuns))]
public sealed class NotebookRunnerFailureTests
{
    private readonly NotebookRunner _runner = new();

    [Fact]
    public async Task A_throwing_cell_is_named_by_number_first_line_and_message()
    {
        var path = SampleNotebook.Copied("ThrowsInCell3.ipynb");

        var error = await Assert.ThrowsAsync<NotebookCellException>(() => _runner.RunAsync(path));

        // Cell 4 would fail to compile; reporting cell 3 shows the run stopped at the first failure.
        Assert.Equal(3, error.CellNumber);
        Assert.Equal(path, error.NotebookPath);
        Assert.Equal("// the second code cell, third cell overall", error.FirstLine);
        Assert.Equal("System.InvalidOperationException: Too many orders: 12", error.Error);
        Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.StartsWith($"{path}: cell 3 failed (// the second code cell, third cell overall):", error.Message);
    }

    [Fact]
    public async Task A_cell_that_does_not_compile_reports_the_diagnostics()
    {
        var error = await Assert.ThrowsAsync<NotebookCellException>(
            () => _runner.RunAsync(SampleNotebook.Copied("CompileError.ipynb")));

        Assert.Equal(2, error.CellNumber);
        // "int count = \"twelve\";": the string literal starts at line 1, column 13.
        Assert.Contains("(1,13): error CS0029: Cannot implicitly convert type 'string' to 'int'", error.Message);
    }

    [Fact]
    public async Task A_cell_in_another_language_fails_the_run_before_any_cell_runs()
    {
        var error = await Assert.ThrowsAsync<NotebookCellException>(
            () => _runner.RunAsync(SampleNotebook.Copied("MixedLanguages.ipynb")));

        Assert.Equal(2, error.CellNumber);
        Assert.Equal("let fromFSharp = 2", error.FirstLine);
        Assert.Contains("'fsharp'", error.Error);
        Assert.Contains(nameof(NotebookRunOptions.SkipNonCSharpCells), error.Error);
    }

    [Fact]
    public async Task Cells_in_other_languages_can_be_skipped()
    {
        var options = new NotebookRunOptions { SkipNonCSharpCells = true };

        var result = await _runner.RunAsync(SampleNotebook.Copied("MixedLanguages.ipynb"), options);

        Assert.Equal([1, 3], result.Cells.Select(cell => cell.Number));
        Assert.Equal("2", result.Cell(3).Text);
    }

    [Fact]
    public async Task A_cell_that_never_finishes_fails_at_the_timeout()
    {
        var options = new NotebookRunOptions { CellTimeout = TimeSpan.FromSeconds(3) };

        var error = await Assert.ThrowsAsync<NotebookCellException>(
            () => _runner.RunAsync(SampleNotebook.Copied("NeverFinishes.ipynb"), options));

        Assert.Equal(1, error.CellNumber);
        Assert.Contains("did not finish within 00:00:03", error.Error);
    }
}
