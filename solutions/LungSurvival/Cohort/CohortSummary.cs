namespace Solutions.LungSurvival.Cohort;

/// <summary>What a generation produced.</summary>
/// <param name="MeanProbabilityOfDeath">Mean of the true model's probabilities: the expected death rate.</param>
/// <param name="MeanTumourVoxels">Mean segmented tumour size, voxels.</param>
public sealed record CohortSummary(CohortLayout Layout, int Patients, int Dead, double MeanProbabilityOfDeath, double MeanTumourVoxels)
{
    public double DeathRate => Patients == 0 ? 0 : (double)Dead / Patients;
}
