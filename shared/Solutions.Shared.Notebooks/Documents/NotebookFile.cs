using System.Text.Json;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace Solutions.Shared.Notebooks.Documents;

/// <summary>Reads a Polyglot Notebooks <c>.ipynb</c> file into its cells.</summary>
public static class NotebookFile
{
    // Other languages need no entry: the parser keeps a cell's kernel name from its metadata, and the runner
    // only needs to tell C# from the rest. The aliases are the names Polyglot Notebooks also accepts for C#.
    private static readonly string[] CSharpAliases = ["c#", "C#"];

    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not notebook JSON; the message gives line and position.</exception>
    public static IReadOnlyList<NotebookCell> Read(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"Notebook '{fullPath}' does not exist.", fullPath);
        }
        return Parse(File.ReadAllText(fullPath), fullPath);
    }

    /// <param name="json">The notebook's JSON text.</param>
    /// <param name="sourceName">Names the notebook in error messages, usually its path.</param>
    public static IReadOnlyList<NotebookCell> Parse(string json, string sourceName)
    {
        InteractiveDocument document;
        try
        {
            document = Notebook.Parse(json, KernelInfos());
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line
                ? $" at line {line + 1}, byte {e.BytePositionInLine + 1}"
                : "";
            throw new InvalidDataException(
                $"Notebook '{sourceName}' is not valid .ipynb JSON{where}: {e.Message}", e);
        }

        return document.Elements
            .Select((element, index) => new NotebookCell(index + 1, element.KernelName ?? NotebookCell.CSharp, element.Contents ?? ""))
            .ToList();
    }

    private static KernelInfoCollection KernelInfos()
    {
        var infos = new KernelInfoCollection { new KernelInfo(NotebookCell.CSharp, "C#", CSharpAliases) };
        infos.DefaultKernelName = NotebookCell.CSharp;
        return infos;
    }
}
