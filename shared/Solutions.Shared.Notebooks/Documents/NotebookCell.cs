namespace Solutions.Shared.Notebooks.Documents;

/// <summary>One cell of a notebook, as a reader counts it.</summary>
/// <param name="Number">1-based position among all cells, markdown included, as they appear in the file.</param>
/// <param name="Language">The cell's kernel name: <c>csharp</c>, <c>markdown</c>, <c>fsharp</c>, ...</param>
/// <param name="Source">The cell's code or text.</param>
public sealed record NotebookCell(int Number, string Language, string Source)
{
    public const string CSharp = "csharp";
    public const string Markdown = "markdown";

    public bool IsCSharp => Language == CSharp;

    public bool IsMarkdown => Language == Markdown;

    /// <summary>The first non-blank line of the source, trimmed: how an error names the cell.</summary>
    public string FirstLine =>
        Source.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0) ?? "(empty cell)";
}
