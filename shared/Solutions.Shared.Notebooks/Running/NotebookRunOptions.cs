namespace Solutions.Shared.Notebooks.Running;

/// <summary>How <see cref="NotebookRunner"/> runs a notebook.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>The folder the cells run in; relative paths in cells and in <c>#r</c> resolve against it.</summary>
    /// <value>The default (null) is the notebook's own folder, where VS Code starts the kernel.</value>
    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// Environment variables set for the run and restored afterwards; a null value unsets the variable.
    /// Notebooks read parameters (an output folder, a small row count) from these, with defaults for interactive use.
    /// </summary>
    public IReadOnlyDictionary<string, string?> EnvironmentVariables { get; init; } = new Dictionary<string, string?>();

    /// <summary>How long one cell may run before the run fails.</summary>
    /// <value>The default is 5 minutes.</value>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Skip cells in other languages (F#, PowerShell, ...) instead of failing on them.</summary>
    /// <value>The default is false: a non-C# cell fails the run before any cell runs.</value>
    public bool SkipNonCSharpCells { get; init; }
}
