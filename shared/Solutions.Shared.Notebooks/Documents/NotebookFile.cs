using System.Text.Json;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace Solutions.Shared.Notebooks.Documents;

/// <summary>Reads a Polyglot Notebooks <c>.ipynb</c> file into its cells.</summary>
public static class NotebookFile
{
    // The parser maps each cell's metadata to one of these names; listing the other Polyglot kernels
    // lets an F# or PowerShell cell keep its own name instead of falling back to C#.
    private static readonly (string Name, string Language, string[] Aliases)[] KnownKernels =
    [
        ("csharp", "C#", ["c#", "C#"]),
        ("fsharp", "F#", ["f#", "F#"]),
        ("pwsh", "PowerShell", ["powershell"]),
        ("javascript", "JavaScript", ["js"]),
        ("html", "HTML", []),
        ("sql", "SQL", []),
        ("kql", "KQL", []),
        ("mermaid", "Mermaid", []),
        ("http", "HTTP", []),
        ("value", "value", []),
    ];

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
        var infos = new KernelInfoCollection { DefaultKernelName = NotebookCell.CSharp };
        foreach (var (name, language, aliases) in KnownKernels)
        {
            infos.Add(new KernelInfo(name, language, aliases));
        }
        return infos;
    }
}
