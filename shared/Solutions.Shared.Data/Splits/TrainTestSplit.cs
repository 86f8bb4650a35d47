namespace Solutions.Shared.Data.Splits;

/// <summary>Row indices of a two-way split, each list sorted ascending; together they cover every row once.</summary>
public sealed record TrainTestSplit(IReadOnlyList<int> Train, IReadOnlyList<int> Test);
