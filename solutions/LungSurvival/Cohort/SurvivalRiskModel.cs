namespace Solutions.LungSurvival.Cohort;

/// <summary>
/// The known logistic model that draws each synthetic patient's survival status:
/// <c>P(Dead) = 1 / (1 + exp(-(Intercept + Σ coefficient × feature)))</c>. Every modality carries signal: clinical
/// (age, smoking, nodal and metastatic stage), imaging (tumour size, margin irregularity, internal heterogeneity) and
/// genes (five of the panel). Features are standardised with fixed population constants, so the coefficients are
/// comparable and exactly known.
/// </summary>
public static class SurvivalRiskModel
{
    /// <summary>Log-odds of death of a patient whose features are all zero; sets the cohort's death rate near 30%.</summary>
    public const double Intercept = -1.35;

    public static IReadOnlyList<RiskFeature> Features { get; } =
    [
        new("age", "clinical", "(Age at Histological Diagnosis - 68) / 9", 0.35, p => (p.Age - 68) / 9.0),
        new("pack_years", "clinical", "(pack years, 0 for nonsmokers - 30) / 25", 0.30, p => (p.PackYears - 30) / 25),
        new("n_stage", "clinical", "pathological N stage number (N0 = 0, N1 = 1, N2 = 2)", 0.60, p => p.NStage),
        new("metastasis", "clinical", "1 for pathological M1a or M1b, else 0", 1.20, p => p.MStage == "M0" ? 0 : 1),
        new("tumour_diameter", "imaging", "ln(tumour mean diameter mm / 25) / 0.45", 0.70, p => Math.Log(p.Tumour.DiameterMm / 25) / 0.45),
        new("tumour_irregularity", "imaging", "(margin irregularity in [0, 1] - 0.5) / 0.29", 0.50, p => (p.Tumour.Irregularity - 0.5) / 0.29),
        new("tumour_heterogeneity", "imaging", "(tumour texture standard deviation HU - 35) / 14.4", 0.45, p => (p.Tumour.HeterogeneityHu - 35) / 14.4),
        Gene("GDF15", 0.50),
        Gene("POSTN", 0.40),
        Gene("CDH2", 0.30),
        Gene("LRIG1", -0.45),
        Gene("HPGD", -0.35),
    ];

    /// <summary>The linear predictor (log-odds of death) of <paramref name="patient"/>.</summary>
    public static double LogOdds(PatientTraits patient) => Intercept + Features.Sum(f => f.Coefficient * f.Value(patient));

    public static double ProbabilityOfDeath(PatientTraits patient) => 1 / (1 + Math.Exp(-LogOdds(patient)));

    private static RiskFeature Gene(string gene, double coefficient) =>
        new($"gene_{gene}", "genes", $"standardised log2 expression of {gene}: (value - panel mean) / panel sd", coefficient,
            p => GenePanel.Standardised(p, gene));
}
