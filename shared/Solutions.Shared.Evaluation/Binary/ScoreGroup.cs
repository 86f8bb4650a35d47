namespace Solutions.Shared.Evaluation.Binary;

/// <summary>All rows sharing one distinct score, counted by label.</summary>
internal readonly record struct ScoreGroup(double Score, int Positives, int Negatives);
