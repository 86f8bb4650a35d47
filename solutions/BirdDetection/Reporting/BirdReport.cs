using System.Globalization;
using Solutions.BirdDetection.Training;
using Solutions.Shared.Reporting.Markdown;

namespace Solutions.BirdDetection.Reporting;

/// <summary>
/// The run's report.md: what was done, how CUB's pixel boxes become SageMaker's normalised boxes, mAP per epoch for
/// both heads, AP per species, sample pictures, and how the numbers relate to SageMaker's published example. It holds
/// no time, path or version, so the same seed and data give the same report.
/// </summary>
public static class BirdReport
{
    /// <summary>mAP@0.5 reported by AWS's SageMaker object detection example on 5 real CUB species.</summary>
    public const double SageMakerExampleMap = 0.70;

    public static MarkdownReport Build(BirdRunResult run, BirdMetrics metrics, IReadOnlyList<SamplePicture> samples)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(samples);
        var on = metrics.EvaluatedOn;
        var report = new MarkdownReport()
            .Title("Bird detection: baseline against horizontal-flip augmentation")
            .Paragraph(
                $"A bird detector for {metrics.ClassNames.Count} species of a CUB-200-2011-layout data set " +
                $"({metrics.TrainingImages} training and {metrics.EvaluationImages} {on} images, one annotated bird each). Every image " +
                "is stretched to 320 x 320 pixels and run once through the pretrained ResNet18 (ONNX Runtime, CPU), whose last " +
                "block gives a 512 x 10 x 10 feature map; a small detection head, trained in C#, predicts per cell whether a bird's " +
                "centre lies there, its box and its species. Two heads are trained the same way, with the same seed " +
                $"({metrics.Seed}) and a fixed {metrics.Epochs} epochs: the **baseline** on the training images, and the " +
                "**flipped** head on the training images plus their mirror images with mirrored boxes. Both are measured on the " +
                $"{on} images after every epoch; the reported model is the last epoch's (no epoch is picked on the {on} set).")
            .KeyValueTable(
            [
                KeyValuePair.Create($"mAP@0.5 baseline ({on})", metrics.Map50Baseline),
                KeyValuePair.Create($"mAP@0.5 horizontal flips ({on})", metrics.Map50Flipped),
                KeyValuePair.Create("Gain from flips", metrics.Map50Flipped - metrics.Map50Baseline),
            ], decimals: 3);

        BoxTranslation(report, run);

        report.Heading("mAP@0.5 per epoch")
            .Paragraph(
                "PASCAL VOC all-point average precision at IoU 0.5, averaged over the species. A detection is the cell's objectness " +
                "times the species probability, kept after per-species non-maximum suppression (IoU 0.45).")
            .Image($"mAP@0.5 per epoch, baseline and flipped", MapByEpochChart.FileName);

        report.Heading("Average precision per species")
            .Table(["Species", "CUB id", $"{Capitalised(on)} boxes", "AP@0.5 baseline", "AP@0.5 flipped"],
                metrics.Ap50PerClass.Select(c => (IReadOnlyList<string>)
                    [c.Species, Invariant(c.CubClassId), Invariant(c.Boxes), Number(c.Baseline), Number(c.Flipped)]));

        report.Heading("Sample detections")
            .Paragraph(
                $"{samples.Count} {on} images spread evenly over the list, with the flipped model's detections scoring at least " +
                $"{Invariant(SamplePictures.ScoreThreshold)} (at most {SamplePictures.TopK}) in orange and the annotated box in green.");
        foreach (var sample in samples)
        {
            var best = sample.Detections.Count > 0
                ? $"best {sample.Detections[0].Species.Name} {Number(sample.Detections[0].Score)}"
                : "nothing above the threshold";
            report.Image($"{sample.Image.Class.Name} ({best})", sample.RelativePath)
                .Paragraph($"Image {Invariant(sample.Image.Id)}: annotated {sample.Image.Class.Name}; {best}.");
        }

        report.Heading("Compared with SageMaker's example")
            .Paragraph(
                $"AWS's SageMaker object detection example on CUB-200-2011 (5 real species, CUB ids 17, 36, 47, 68 and 73, " +
                $"a ResNet-50 SSD fine-tuned end to end on a GPU) reports mAP@0.5 of about {Invariant(SageMakerExampleMap)}. The " +
                "numbers here are **not comparable**: the backbone is frozen, the species differ, and on the default data (the " +
                "suite's generator) the birds are drawn on drawn backdrops, one per image, with 90% of the training birds facing " +
                "right and the test birds half and half, so that mirroring matters. What carries over is " +
                "the method and the comparison between the two heads, not the absolute level.");
        return report;
    }

    private static void BoxTranslation(MarkdownReport report, BirdRunResult run)
    {
        var image = run.TrainingImages[0];
        var (b, n) = (image.Box, image.NormalisedBox);
        var m = n.MirroredHorizontally();
        report.Heading("From CUB boxes to SageMaker boxes")
            .Paragraph(
                "CUB's bounding_boxes.txt gives each box in pixels as x, y (top-left corner), width and height. SageMaker's format " +
                "(and this detector's output) uses xmin, ymin, xmax, ymax divided by the image's width W and height H. Because the " +
                "image is stretched (not letterboxed) to the square input, the same normalised box holds in the original image and " +
                "the network input. Mirroring an image left to right maps x to 1 - x, so xmin' = 1 - xmax and xmax' = 1 - xmin. " +
                "Class indices are 0-based positions in the selected species list; CUB's class ids are 1-based.")
            .CodeBlock(string.Create(CultureInfo.InvariantCulture,
                $"""
                image {image.Id} ({image.Class.Name}), W x H = {image.Width} x {image.Height}
                CUB box   x={b.X}, y={b.Y}, width={b.Width}, height={b.Height}
                xmin = x / W            = {n.XMin:0.0000}
                ymin = y / H            = {n.YMin:0.0000}
                xmax = (x + width) / W  = {n.XMax:0.0000}
                ymax = (y + height) / H = {n.YMax:0.0000}
                mirrored: xmin' = 1 - xmax = {m.XMin:0.0000}, xmax' = 1 - xmin = {m.XMax:0.0000}
                SageMaker row: [{image.ClassIndex}, 1.0, {n.XMin:0.0000}, {n.YMin:0.0000}, {n.XMax:0.0000}, {n.YMax:0.0000}]
                """));
    }

    private static string Number(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    private static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
