namespace Solutions.LungSurvival.Training.Tables;

/// <summary>One patient's joined inputs, before encoding. A missing number is NaN.</summary>
/// <param name="Clinical">Values of <see cref="ClinicalFeatureColumns.Used"/>, in that order, as the clinical CSV spells them.</param>
/// <param name="Genomic">log2 expression per gene, in the cohort's gene column order.</param>
/// <param name="Radiomic">Radiomic features, in the cohort's radiomic column order.</param>
public sealed record PatientRow(string CaseId, IReadOnlyList<string> Clinical, IReadOnlyList<double> Genomic, IReadOnlyList<double> Radiomic);
