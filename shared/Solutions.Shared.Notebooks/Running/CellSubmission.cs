namespace Solutions.Shared.Notebooks.Running;

/// <summary>What the kernel reported for one cell.</summary>
internal sealed record CellSubmission(IReadOnlyList<CellOutput> Outputs, string? Error, Exception? Exception)
{
    public bool Failed => Error is not null;

    public static CellSubmission Success(IReadOnlyList<CellOutput> outputs) => new(outputs, null, null);

    public static CellSubmission Failure(IReadOnlyList<CellOutput> outputs, string error, Exception? exception) =>
        new(outputs, error, exception);
}
