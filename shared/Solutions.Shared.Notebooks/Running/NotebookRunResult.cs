namespace Solutions.Shared.Notebooks.Running;

/// <summary>A notebook run in which every C# cell succeeded.</summary>
/// <param name="NotebookPath">The notebook's full path.</param>
/// <param name="Cells">The C# cells that ran, in order; markdown and skipped cells are left out.</param>
/// <param name="KernelStartup">Time to create the C# kernel, before the first cell.</param>
/// <param name="Duration">Time for the whole run, kernel startup included.</param>
public sealed record NotebookRunResult(
    string NotebookPath,
    IReadOnlyList<CellRun> Cells,
    TimeSpan KernelStartup,
    TimeSpan Duration)
{
    /// <summary>The run of the cell at this 1-based position in the notebook.</summary>
    /// <exception cref="KeyNotFoundException">That cell did not run (markdown, skipped, or out of range).</exception>
    public CellRun Cell(int number) =>
        Cells.FirstOrDefault(cell => cell.Number == number)
        ?? throw new KeyNotFoundException(
            $"Cell {number} of '{NotebookPath}' did not run; the cells that ran are {string.Join(", ", Cells.Select(c => c.Number))}.");
}
