using Solutions.LungSurvival.Imaging.Phantom;

namespace Solutions.LungSurvival.Cohort;

/// <summary>What to generate.</summary>
/// <param name="Patients">Number of patients; the NSCLC Radiogenomics collection has about 150 with CT and segmentation.</param>
/// <param name="Seed">Same seed, same cohort, byte for byte.</param>
/// <param name="Size">CT voxels per patient.</param>
/// <param name="Pictures">Whether to draw each patient's axial and ortho PNGs.</param>
public sealed record CohortOptions(int Patients = CohortOptions.DefaultPatients, int Seed = 42, VolumeSize? Size = null, bool Pictures = true)
{
    public const int DefaultPatients = 150;
    public const int MaximumPatients = 100_000;

    public VolumeSize VolumeSize => Size ?? VolumeSize.Default;

    public CohortOptions Validated()
    {
        if (Patients is < 1 or > MaximumPatients)
        {
            throw new ArgumentOutOfRangeException(nameof(Patients), Patients, $"The number of patients must be 1 to {MaximumPatients:N0}.");
        }
        return this;
    }
}
