namespace Solutions.Shared.Notebooks.Running;

/// <summary>A notebook cell failed: it did not compile, threw, timed out, or is in a language the runner does not run.</summary>
public sealed class NotebookCellException : Exception
{
    public NotebookCellException(string notebookPath, int cellNumber, string firstLine, string error, Exception? innerException = null)
        : base($"{notebookPath}: cell {cellNumber} failed ({firstLine}):{Environment.NewLine}{error}", innerException)
    {
        NotebookPath = notebookPath;
        CellNumber = cellNumber;
        FirstLine = firstLine;
        Error = error;
    }

    public string NotebookPath { get; }

    /// <summary>1-based position among all cells of the notebook, markdown included.</summary>
    public int CellNumber { get; }

    /// <summary>The cell's first non-blank source line.</summary>
    public string FirstLine { get; }

    /// <summary>The compiler diagnostics, the exception's type and message, or why the cell did not run.</summary>
    public string Error { get; }
}
