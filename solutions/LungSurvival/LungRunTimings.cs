namespace Solutions.LungSurvival;

/// <summary>Wall time of each phase of a run; kept out of metrics.json and report.md so a seed reproduces those byte for byte.</summary>
/// <param name="Generation">Writing the synthetic cohort; zero when an existing cohort was used.</param>
/// <param name="Extraction">Reading every patient's CT and SEG and computing the radiomics (cached patients cost a file read).</param>
/// <param name="Study">Joining, nested cross-validation of the three feature sets, the final fit and writing the outputs.</param>
public sealed record LungRunTimings(TimeSpan Generation, TimeSpan Extraction, TimeSpan Study)
{
    public TimeSpan Total => Generation + Extraction + Study;
}
