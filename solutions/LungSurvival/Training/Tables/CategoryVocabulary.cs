namespace Solutions.LungSurvival.Training.Tables;

/// <summary>The values of one categorical clinical column, each of which gets a one-hot feature.</summary>
public sealed record CategoryVocabulary(string Column, IReadOnlyList<string> Values);
