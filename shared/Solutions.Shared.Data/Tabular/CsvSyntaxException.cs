namespace Solutions.Shared.Data.Tabular;

/// <summary>A malformed CSV record (for example an unterminated quote), with where it was found.</summary>
/// <param name="source">The file name (or "request body") the record came from.</param>
/// <param name="line">The 1-based physical line on which the record starts.</param>
/// <param name="column">The 1-based character position of the problem on its physical line.</param>
/// <param name="problem">What is wrong, in words.</param>
public sealed class CsvSyntaxException(string source, long line, int column, string problem)
    : FormatException($"{source}, line {line}, column {column}: {problem}")
{
    public string FileName { get; } = source;
    public long Line { get; } = line;
    public int Column { get; } = column;
    public string Problem { get; } = problem;

    /// <summary>The 1-based index of the field in which the problem sits.</summary>
    internal int FieldNumber { get; init; }

    /// <summary>True when the error consumed the rest of the input, so no later record can be trusted.</summary>
    internal bool ReachedEndOfInput { get; init; }
}
