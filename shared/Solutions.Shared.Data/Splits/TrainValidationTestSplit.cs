namespace Solutions.Shared.Data.Splits;

/// <summary>Row indices of a three-way split, each list sorted ascending; together they cover every row once.</summary>
public sealed record TrainValidationTestSplit(
    IReadOnlyList<int> Train,
    IReadOnlyList<int> Validation,
    IReadOnlyList<int> Test);
