namespace Solutions.LungSurvival.Training.Tables;

/// <summary>A clinical column the model never sees, and why.</summary>
public sealed record ExcludedColumn(string Name, string Reason);
