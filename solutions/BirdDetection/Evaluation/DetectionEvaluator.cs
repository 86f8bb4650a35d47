using Solutions.BirdDetection.Detection;
// The record shares its name with its namespace, which shadows it from here.

namespace Solutions.BirdDetection.Evaluation;

/// <summary>Mean average precision (PASCAL VOC 2010+ style) of detections against ground truth.</summary>
public static class DetectionEvaluator
{
    /// <summary>
    /// Per class, ranks all detections by score; each in turn is a true positive when its best-overlapping ground
    /// truth of the class in its image has IoU at least <paramref name="iouThreshold"/> and is not yet matched,
    /// otherwise (a miss or a duplicate) a false positive. AP is the area under the precision envelope.
    /// </summary>
    /// <param name="truth">Per image, its annotated objects.</param>
    /// <param name="detections">Per image, in the same order, the detector's output.</param>
    /// <param name="classCount">Number of classes; classes without ground truth are reported but left out of the mean.</param>
    public static DetectionMetrics Evaluate(
        IReadOnlyList<IReadOnlyList<GroundTruthObject>> truth,
        IReadOnlyList<IReadOnlyList<DetectedObject>> detections,
        int classCount,
        double iouThreshold = 0.5)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(detections);
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        if (!(iouThreshold is > 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(iouThreshold), iouThreshold, $"iouThreshold is {iouThreshold}; expected in (0, 1].");
        if (truth.Count != detections.Count)
            throw new ArgumentException(
                $"truth has {truth.Count} images but detections has {detections.Count}; expected one entry per image in both.", nameof(detections));
        Validate(truth, detections, classCount);

        var perClass = Enumerable.Range(0, classCount).Select(c => EvaluateClass(c, truth, detections, iouThreshold)).ToList();
        var scored = perClass.Where(c => c.AveragePrecision is not null).ToList();
        if (scored.Count == 0)
            throw new ArgumentException("no image has a ground truth object, so mean average precision is undefined.", nameof(truth));
        return new DetectionMetrics(scored.Average(c => c.AveragePrecision!.Value), iouThreshold, perClass);
    }

    private static ClassAveragePrecision EvaluateClass(
        int classIndex,
        IReadOnlyList<IReadOnlyList<GroundTruthObject>> truth,
        IReadOnlyList<IReadOnlyList<DetectedObject>> detections,
        double iouThreshold)
    {
        var objects = truth.Select(image => image.Where(o => o.ClassIndex == classIndex).ToList()).ToList();
        var matched = objects.Select(image => new bool[image.Count]).ToList();
        var groundTruthCount = objects.Sum(image => image.Count);
        // OrderByDescending is stable: equal scores keep image order, then the detector's order.
        var ranked = detections
            .SelectMany((image, imageIndex) => image.Where(d => d.ClassIndex == classIndex).Select(d => (Image: imageIndex, Found: d)))
            .OrderByDescending(pair => pair.Found.Score)
            .ToList();

        var outcomes = new List<bool>(ranked.Count);
        foreach (var (image, detection) in ranked)
        {
            var best = -1;
            var bestIou = double.NegativeInfinity;
            for (var i = 0; i < objects[image].Count; i++)
            {
                var iou = objects[image][i].Box.IntersectionOverUnion(detection.Box);
                if (iou > bestIou) (best, bestIou) = (i, iou);
            }

            // As in the VOC devkit, a detection whose best match is taken is a duplicate, not a match to the next best.
            var isTruePositive = best >= 0 && bestIou >= iouThreshold && !matched[image][best];
            if (isTruePositive) matched[image][best] = true;
            outcomes.Add(isTruePositive);
        }

        double? averagePrecision = groundTruthCount == 0 ? null : AveragePrecision.FromRanking(outcomes, groundTruthCount);
        return new ClassAveragePrecision(classIndex, groundTruthCount, ranked.Count, outcomes.Count(o => o), averagePrecision);
    }

    private static void Validate(
        IReadOnlyList<IReadOnlyList<GroundTruthObject>> truth, IReadOnlyList<IReadOnlyList<DetectedObject>> detections, int classCount)
    {
        for (var image = 0; image < truth.Count; image++)
        {
            var objects = truth[image] ?? throw new ArgumentException($"truth[{image}] is null; expected a (possibly empty) list.", nameof(truth));
            for (var i = 0; i < objects.Count; i++)
            {
                if (objects[i].ClassIndex < 0 || objects[i].ClassIndex >= classCount)
                    throw new ArgumentException(
                        $"truth[{image}][{i}].ClassIndex is {objects[i].ClassIndex}; expected 0..{classCount - 1}.", nameof(truth));
            }

            var found = detections[image] ?? throw new ArgumentException($"detections[{image}] is null; expected a (possibly empty) list.", nameof(detections));
            for (var i = 0; i < found.Count; i++)
            {
                if (found[i].ClassIndex < 0 || found[i].ClassIndex >= classCount)
                    throw new ArgumentException(
                        $"detections[{image}][{i}].ClassIndex is {found[i].ClassIndex}; expected 0..{classCount - 1}.", nameof(detections));
                if (!double.IsFinite(found[i].Score))
                    throw new ArgumentException($"detections[{image}][{i}].Score is {found[i].Score}; expected a finite number.", nameof(detections));
            }
        }
    }
}
