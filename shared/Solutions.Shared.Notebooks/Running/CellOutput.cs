namespace Solutions.Shared.Notebooks.Running;

/// <summary>One output of a cell.</summary>
/// <param name="Kind">Where the output came from.</param>
/// <param name="Text">The output as plain text (the <c>text/plain</c> rendering, not HTML).</param>
/// <param name="Value">The displayed object itself; null for console output.</param>
public sealed record CellOutput(CellOutputKind Kind, string Text, object? Value);
