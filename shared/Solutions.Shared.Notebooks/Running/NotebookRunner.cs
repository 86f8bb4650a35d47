using System.Diagnostics;
using Solutions.Shared.Notebooks.Documents;

namespace Solutions.Shared.Notebooks.Running;

/// <summary>
/// Runs a Polyglot notebook's C# cells in order, headlessly, in a fresh in-process C# kernel,
/// and fails on the first cell that does not compile, throws, or times out.
/// </summary>
/// <remarks>
/// The kernel runs in this process, so a run sets the process's working directory and environment variables
/// (restored afterwards) and runs in this process take turns.
/// </remarks>
public sealed class NotebookRunner
{
    /// <exception cref="FileNotFoundException">The notebook does not exist.</exception>
    /// <exception cref="InvalidDataException">The notebook is not valid .ipynb JSON.</exception>
    /// <exception cref="DirectoryNotFoundException">The working directory does not exist.</exception>
    /// <exception cref="NotebookCellException">A cell failed, timed out, or is not C# (unless skipped).</exception>
    public async Task<NotebookRunResult> RunAsync(
        string notebookPath, NotebookRunOptions? options = null, CancellationToken ct = default)
    {
        options ??= new NotebookRunOptions();
        if (options.CellTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), options.CellTimeout, $"{nameof(NotebookRunOptions.CellTimeout)} must be positive.");
        }

        var fullPath = Path.GetFullPath(notebookPath);
        var cells = NotebookFile.Read(fullPath);
        var codeCells = SelectCodeCells(fullPath, cells, options.SkipNonCSharpCells);
        var workingDirectory = Path.GetFullPath(options.WorkingDirectory ?? Path.GetDirectoryName(fullPath)!);
        if (!Directory.Exists(workingDirectory))
        {
            throw new DirectoryNotFoundException(
                $"Working directory '{workingDirectory}' for notebook '{fullPath}' does not exist.");
        }

        using var scope = await ProcessEnvironmentScope.EnterAsync(workingDirectory, options.EnvironmentVariables, ct)
            .ConfigureAwait(false);
        var run = Stopwatch.StartNew();
        using var kernel = new CSharpNotebookKernel();
        var kernelStartup = run.Elapsed;

        var runs = new List<CellRun>(codeCells.Count);
        foreach (var cell in codeCells)
        {
            runs.Add(await RunCellAsync(kernel, fullPath, cell, options.CellTimeout, ct).ConfigureAwait(false));
        }
        return new NotebookRunResult(fullPath, runs, kernelStartup, run.Elapsed);
    }

    private static List<NotebookCell> SelectCodeCells(string path, IReadOnlyList<NotebookCell> cells, bool skipOtherLanguages)
    {
        // Checked before the kernel starts, so a wrong-language cell fails in milliseconds, not seconds.
        var other = cells.FirstOrDefault(cell => !cell.IsCSharp && !cell.IsMarkdown);
        if (other is not null && !skipOtherLanguages)
        {
            throw new NotebookCellException(path, other.Number, other.FirstLine,
                $"The cell's language is '{other.Language}'; the runner runs C# cells only. " +
                $"Set {nameof(NotebookRunOptions)}.{nameof(NotebookRunOptions.SkipNonCSharpCells)} to skip such cells.");
        }
        return cells.Where(cell => cell.IsCSharp && !string.IsNullOrWhiteSpace(cell.Source)).ToList();
    }

    private static async Task<CellRun> RunCellAsync(
        CSharpNotebookKernel kernel, string path, NotebookCell cell, TimeSpan timeout, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        var clock = Stopwatch.StartNew();
        CellSubmission submission;
        try
        {
            // WaitAsync returns at the deadline even when the cell's code never looks at the token.
            submission = await kernel.SubmitAsync(cell.Source, deadline.Token).WaitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw TimedOut(path, cell, timeout);
        }

        ct.ThrowIfCancellationRequested();
        if (deadline.IsCancellationRequested)
        {
            throw TimedOut(path, cell, timeout);
        }
        if (submission.Failed)
        {
            throw new NotebookCellException(path, cell.Number, cell.FirstLine, submission.Error!, submission.Exception);
        }
        return new CellRun(cell.Number, cell.FirstLine, submission.Outputs, clock.Elapsed);
    }

    private static NotebookCellException TimedOut(string path, NotebookCell cell, TimeSpan timeout) =>
        new(path, cell.Number, cell.FirstLine,
            $"The cell did not finish within {timeout} ({nameof(NotebookRunOptions)}.{nameof(NotebookRunOptions.CellTimeout)}).");
}
