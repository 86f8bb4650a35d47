namespace Solutions.Shared.Data.Splits;

/// <summary>One fold of a k-fold split: sorted row indices to train on and to test on.</summary>
/// <param name="Index">The 0-based fold number.</param>
/// <param name="Train">Every row not in <paramref name="Test"/>.</param>
/// <param name="Test">The rows held out in this fold; each row is held out in exactly one fold.</param>
public sealed record Fold(int Index, IReadOnlyList<int> Train, IReadOnlyList<int> Test);
