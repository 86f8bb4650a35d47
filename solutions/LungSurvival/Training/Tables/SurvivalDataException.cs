namespace Solutions.LungSurvival.Training.Tables;

/// <summary>A survival input table that cannot be used: the message names the file, line, column and what was expected.</summary>
public sealed class SurvivalDataException(string message) : Exception(message);
