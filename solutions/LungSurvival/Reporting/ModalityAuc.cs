namespace Solutions.LungSurvival.Reporting;

/// <summary>One feature set's cross-validated AUC, for metrics.json.</summary>
public sealed record ModalityAuc(string FeatureSet, int NFeatures, double AucMean, double AucCiLow, double AucCiHigh);
