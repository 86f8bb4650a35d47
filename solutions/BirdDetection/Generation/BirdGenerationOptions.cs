namespace Solutions.BirdDetection.Generation;

/// <summary>What to generate.</summary>
/// <param name="Species">How many species, 1 to 200. <value>The default value is 10.</value></param>
/// <param name="ImagesPerSpecies">Images of each species, at least 2 (half go to training). <value>The default value is 80.</value></param>
/// <param name="Seed">The seed of every random choice: the same seed gives byte-identical files.</param>
public sealed record BirdGenerationOptions(int Species = BirdGenerationOptions.DefaultSpecies, int ImagesPerSpecies = BirdGenerationOptions.DefaultImagesPerSpecies, int Seed = 42)
{
    public const int DefaultSpecies = 10;

    public const int DefaultImagesPerSpecies = 80;

    public const int MaximumImagesPerSpecies = 10_000;

    /// <summary>
    /// The share of training birds facing right; the rest face left, and test birds face either way half the time,
    /// so a model that sees only right-facing birds is at a measurable loss without horizontal-flip augmentation.
    /// </summary>
    public const double TrainingRightFacingShare = 0.9;

    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    public void Validate()
    {
        if (Species is < 1 or > SpeciesCatalogue.MaximumSpecies)
            throw new ArgumentOutOfRangeException(nameof(Species), Species, $"the number of species must be 1 to {SpeciesCatalogue.MaximumSpecies}");
        if (ImagesPerSpecies is < 2 or > MaximumImagesPerSpecies)
            throw new ArgumentOutOfRangeException(nameof(ImagesPerSpecies), ImagesPerSpecies, $"images per species must be 2 to {MaximumImagesPerSpecies:N0}, so both splits get some");
    }
}
