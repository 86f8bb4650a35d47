namespace Solutions.Shared.Notebooks.Running;

/// <summary>A C# cell that ran and succeeded.</summary>
/// <param name="Number">1-based position among all cells of the notebook, markdown included.</param>
/// <param name="FirstLine">The cell's first non-blank source line.</param>
/// <param name="Outputs">What the cell displayed, returned and wrote to the console, in order.</param>
/// <param name="Duration">Time to compile and run the cell.</param>
public sealed record CellRun(int Number, string FirstLine, IReadOnlyList<CellOutput> Outputs, TimeSpan Duration)
{
    /// <summary>All outputs' text, one per line: handy for asserting on what a cell showed.</summary>
    public string Text => string.Join(Environment.NewLine, Outputs.Select(output => output.Text.TrimEnd('\r', '\n')));
}
