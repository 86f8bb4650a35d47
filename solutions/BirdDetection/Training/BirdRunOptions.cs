using Solutions.BirdDetection.Detection;

namespace Solutions.BirdDetection.Training;

/// <summary>What <see cref="BirdRun"/> trains on, where it writes, and how the two heads are trained.</summary>
/// <param name="DataFolder">A CUB-200-2011-layout folder (or the folder holding CUB_200_2011).</param>
/// <param name="OutputFolder">Where the feature cache, models, metrics, report and pictures go.</param>
public sealed record BirdRunOptions(string DataFolder, string OutputFolder)
{
    /// <summary>Passes over the training images, fixed in advance: the final model is the last epoch's.</summary>
    public const int DefaultEpochs = 30;

    /// <value>The default value is 42.</value>
    public int Seed { get; init; } = 42;

    /// <value>The default value is <see cref="DefaultEpochs"/>.</value>
    public int Epochs { get; init; } = DefaultEpochs;

    /// <summary>The 1-based CUB class ids to keep; empty for all classes of the data set.</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<int> ClassIds { get; init; } = [];

    /// <summary>
    /// For tuning only: when above 0, this share of the training images (drawn with the seed) is held out and
    /// measured instead of the test split, which is then not touched at all.
    /// </summary>
    /// <value>The default value is 0: train on all training images, measure on the test split.</value>
    public double ValidationFraction { get; init; }

    /// <summary>The head's width and box priors; its class count is set from the data.</summary>
    public DetectionHeadOptions Head { get; init; } = new();

    /// <summary>Learning rate, weight decay and batch size; the epochs and seed above override its own.</summary>
    public TrainingOptions Training { get; init; } = new();

    /// <summary>Backbone feature maps, cached across runs.</summary>
    public string FeaturesFolder => Path.Combine(OutputFolder, "features");

    public string ModelsFolder => Path.Combine(OutputFolder, "models");

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrEmpty(DataFolder);
        ArgumentException.ThrowIfNullOrEmpty(OutputFolder);
        if (Epochs < 1) throw new ArgumentOutOfRangeException(nameof(Epochs), Epochs, $"epochs is {Epochs}; expected at least 1.");
        if (!(ValidationFraction is >= 0 and < 1))
            throw new ArgumentOutOfRangeException(nameof(ValidationFraction), ValidationFraction, $"the validation fraction is {ValidationFraction}; expected 0 to below 1.");
    }
}
