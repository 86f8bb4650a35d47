using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Extraction;
using Solutions.LungSurvival.Training;

namespace Solutions.LungSurvival;

/// <summary>A finished run: the cohort it used, its radiomics, the study's results and how long each phase took.</summary>
/// <param name="Generated">What generation produced, or null when the data folder already held a cohort.</param>
/// <param name="Extraction">The radiomics table written, and how many patients came from the cache.</param>
/// <param name="Study">Cross-validation, modality comparison, final model and the files written.</param>
public sealed record LungRunResult(CohortLayout Cohort, CohortSummary? Generated, ExtractionSummary Extraction, SurvivalStudyResult Study,
    LungRunTimings Timings);
