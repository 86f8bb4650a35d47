using Solutions.Shared.Notebooks.Running;
using Xunit.Abstractions;

namespace Solutions.Shared.Notebooks.Tests.Running;

[Collection(nameof(NotebookRuns))]
public sealed class NotebookRunnerTests(ITestOutputHelper log)
{
    private readonly NotebookRunner _runner = new();

    [Fact]
    public async Task Runs_code_cells_in_order_sharing_variables_and_capturing_outputs()
    {
        var result = await _runner.RunAsync(SampleNotebook.Copied("Passing.ipynb"));

        // Cell 1 is markdown; cells 2-4 are C#.
        Assert.Equal([2, 3, 4], result.Cells.Select(cell => cell.Number));
        Assert.Empty(result.Cell(2).Outputs);
        Assert.Equal(
            [(CellOutputKind.StandardOutput, "total 12"), (CellOutputKind.Display, "shown with display")],
            result.Cell(3).Outputs.Select(output => (output.Kind, output.Text.TrimEnd())));
        // total = 3 + 4 + 5 = 12 from cell 2, doubled in cell 4.
        var returned = Assert.Single(result.Cell(4).Outputs);
        Assert.Equal(CellOutputKind.ReturnValue, returned.Kind);
        Assert.Equal("24", returned.Text);
        Assert.Equal(24, returned.Value);
    }

    [Fact]
    public async Task A_trivial_notebook_runs_and_reports_its_timings()
    {
        var result = await _runner.RunAsync(SampleNotebook.Copied("Trivial.ipynb"));

        Assert.Equal("2", result.Cell(1).Text);
        // Timings are logged for the record, never asserted: they depend on the machine.
        log.WriteLine($"kernel startup {result.KernelStartup.TotalMilliseconds:F0} ms, " +
                      $"first cell {result.Cell(1).Duration.TotalMilliseconds:F0} ms, " +
                      $"whole run {result.Duration.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task Missing_notebook_is_named()
    {
        var path = SampleNotebook.Copied("Absent.ipynb");

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => _runner.RunAsync(path));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public async Task Cell_timeout_must_be_positive()
    {
        var options = new NotebookRunOptions { CellTimeout = TimeSpan.Zero };

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => _runner.RunAsync(SampleNotebook.Copied("Trivial.ipynb"), options));
    }
}
