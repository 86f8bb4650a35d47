namespace Solutions.LungSurvival.Benchmarks;

/// <summary>How long a whole cohort's radiomics extraction took with an empty cache, reading included.</summary>
public sealed record CohortExtractionTiming(int Patients, int Features, double Seconds, int Cores)
{
    public double PatientsPerSecond => Patients / Seconds;
}
