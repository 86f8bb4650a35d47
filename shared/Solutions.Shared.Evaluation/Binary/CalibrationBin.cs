namespace Solutions.Shared.Evaluation.Binary;

/// <summary>One bar of a reliability diagram: the rows whose score falls in [<see cref="Lower"/>, <see cref="Upper"/>).</summary>
/// <param name="Lower">Lower edge, inclusive.</param>
/// <param name="Upper">Upper edge, exclusive except for the last bin, which includes 1.</param>
/// <param name="Count">Rows in the bin; never 0, since empty bins are left out.</param>
/// <param name="MeanPredicted">Mean score of the rows in the bin.</param>
/// <param name="ObservedRate">Fraction of the rows in the bin that are positive.</param>
public sealed record CalibrationBin(double Lower, double Upper, int Count, double MeanPredicted, double ObservedRate);
