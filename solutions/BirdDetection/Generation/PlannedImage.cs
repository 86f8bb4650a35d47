namespace Solutions.BirdDetection.Generation;

/// <summary>One image to draw: its CUB id and file, its species, its split and which way its bird faces.</summary>
internal sealed record PlannedImage(int Id, BirdSpecies Species, string RelativePath, bool IsTraining, bool FacesRight)
{
    /// <summary>
    /// Ids run species by species as in CUB. Per species, a seeded shuffle picks the training half, exactly
    /// <see cref="BirdGenerationOptions.TrainingRightFacingShare"/> of which face right, and half the test images.
    /// </summary>
    public static IReadOnlyList<PlannedImage> For(IReadOnlyList<BirdSpecies> species, BirdGenerationOptions options)
    {
        var images = new List<PlannedImage>(species.Count * options.ImagesPerSpecies);
        var n = options.ImagesPerSpecies;
        var training = (n + 1) / 2;
        var trainingRight = (int)Math.Round(training * BirdGenerationOptions.TrainingRightFacingShare);
        var testRight = (n - training + 1) / 2;
        foreach (var bird in species)
        {
            var order = Enumerable.Range(0, n).ToArray();
            SeedStream.Random(options.Seed, stream: -1_000 - bird.Id).Shuffle(order);
            var rank = new int[n];
            for (var i = 0; i < n; i++) rank[order[i]] = i;
            var fileStem = bird.Name.Replace(' ', '_').Replace('-', '_');
            for (var k = 0; k < n; k++)
            {
                // The rank in the shuffle decides: the first ranks train, and within each split the first ranks face right.
                var r = rank[k];
                var isTraining = r < training;
                var facesRight = isTraining ? r < trainingRight : r - training < testRight;
                var path = $"{bird.FolderName}/{fileStem}_{k + 1:D4}.jpg";
                images.Add(new PlannedImage(images.Count + 1, bird, path, isTraining, facesRight));
            }
        }
        return images;
    }
}
