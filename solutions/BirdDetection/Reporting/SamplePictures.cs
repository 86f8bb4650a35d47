using System.Globalization;
using Solutions.BirdDetection.Detection;
using Solutions.BirdDetection.Imaging;
using Solutions.BirdDetection.Inference;
using Solutions.BirdDetection.Training;

namespace Solutions.BirdDetection.Reporting;

/// <summary>Draws a few evaluation images, spread evenly over the list, with a model's detections and the annotated box.</summary>
public static class SamplePictures
{
    public const string FolderName = "samples";

    /// <summary>Detections drawn per picture score at least this.</summary>
    public const double ScoreThreshold = 0.3;

    /// <summary>At most this many detections are drawn per picture.</summary>
    public const int TopK = 3;

    public static IReadOnlyList<SamplePicture> Write(string outputFolder, BirdRunResult run, BirdDetector detector, int count = 8)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(detector);
        var folder = Path.Combine(outputFolder, FolderName);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var options = new InferenceOptions { ScoreThreshold = ScoreThreshold, TopK = TopK };
        var images = run.EvaluationImages;
        var chosen = Enumerable.Range(0, Math.Min(count, images.Count)).Select(k => k * images.Count / Math.Min(count, images.Count));
        var pictures = new List<SamplePicture>();
        foreach (var index in chosen)
        {
            var image = images[index];
            // The cached map is the same one the metrics used, so the picture shows exactly what was scored.
            var found = detector.Detect(run.EvaluationMaps[index], options);
            var name = string.Create(CultureInfo.InvariantCulture, $"image-{image.Id:D5}.png");
            using var bitmap = ImageDecoder.DecodeFile(image.Path);
            DetectionPicture.Save(Path.Combine(folder, name), bitmap, found, image.NormalisedBox);
            pictures.Add(new SamplePicture(image, $"{FolderName}/{name}", found));
        }

        return pictures;
    }
}
