using Solutions.BirdDetection.Bundles;
using Solutions.BirdDetection.Data;

namespace Solutions.BirdDetection.Inference;

/// <summary>A bird found in an image: its species, the model's score and where it is.</summary>
/// <param name="Species">The predicted species; its <see cref="SpeciesLabel.ClassIndex"/> is SageMaker's class.</param>
/// <param name="Score">Objectness times the species probability, in [0, 1].</param>
/// <param name="Box">The bird's box in coordinates normalised by the image's width and height.</param>
public sealed record DetectedBird(SpeciesLabel Species, double Score, NormalisedBox Box)
{
    /// <summary>The detection as SageMaker's object detection output gives it: [class_index, score, xmin, ymin, xmax, ymax].</summary>
    public double[] ToSageMakerRow() => [Species.ClassIndex, Score, Box.XMin, Box.YMin, Box.XMax, Box.YMax];
}
