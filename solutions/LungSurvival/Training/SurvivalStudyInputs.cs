using Solutions.LungSurvival.Cohort;

namespace Solutions.LungSurvival.Training;

/// <summary>The three tables a survival study joins by Case ID, and optionally the cohort folder for tumour pictures.</summary>
/// <param name="RadiomicsCsv"><c>Case ID</c> then pyradiomics feature names (<c>original_firstorder_Mean</c>, ...); <c>diagnostics_*</c> columns are ignored.</param>
/// <param name="CohortFolder">The generated cohort, whose <c>&lt;case&gt;/pictures/axial.png</c> the report links; null for none.</param>
public sealed record SurvivalStudyInputs(string ClinicalCsv, string GenesCsv, string RadiomicsCsv, string? CohortFolder = null)
{
    public const string RadiomicsFileName = "radiomics.csv";

    /// <summary>A cohort folder's clinical.csv and genes.csv, and its radiomics.csv unless another is named.</summary>
    public static SurvivalStudyInputs FromCohort(string cohortFolder, string? radiomicsCsv = null)
    {
        var layout = new CohortLayout(cohortFolder);
        return new SurvivalStudyInputs(layout.Clinical, layout.Genes, radiomicsCsv ?? Path.Combine(cohortFolder, RadiomicsFileName), cohortFolder);
    }
}
