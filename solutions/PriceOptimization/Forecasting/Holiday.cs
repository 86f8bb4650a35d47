namespace Solutions.PriceOptimization.Forecasting;

/// <summary>
/// One occurrence of a named event with its own effect on y, as a row of Prophet's holidays table. List every
/// occurrence, past and future; occurrences sharing a <see cref="Name"/> share their effects.
/// </summary>
/// <param name="Name">The event; each (name, day offset) pair gets its own coefficient.</param>
/// <param name="Date">The day of the occurrence.</param>
/// <param name="LowerWindow">Days before <paramref name="Date"/> also affected, as 0 or a negative number (−1: the day before).</param>
/// <param name="UpperWindow">Days after <paramref name="Date"/> also affected, as 0 or a positive number.</param>
public sealed record Holiday(string Name, DateTime Date, int LowerWindow = 0, int UpperWindow = 0);
