namespace Solutions.LungSurvival.Cohort;

/// <summary>One term of the true survival risk model: a standardised patient feature and its log-odds coefficient.</summary>
/// <param name="Name">Short identifier, e.g. <c>tumour_diameter</c> or <c>gene_GDF15</c>.</param>
/// <param name="Modality">Where the signal can be recovered from: <c>clinical</c>, <c>imaging</c> or <c>genes</c>.</param>
/// <param name="Definition">How the value is computed from the patient's true traits.</param>
/// <param name="Coefficient">Change in the log-odds of death per unit of the value.</param>
/// <param name="Value">Computes the value from the patient's traits.</param>
public sealed record RiskFeature(string Name, string Modality, string Definition, double Coefficient, Func<PatientTraits, double> Value);
