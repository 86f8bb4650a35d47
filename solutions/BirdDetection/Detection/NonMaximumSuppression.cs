using Solutions.BirdDetection.Data;

namespace Solutions.BirdDetection.Detection;

/// <summary>Greedy per-class non-maximum suppression.</summary>
internal static class NonMaximumSuppression
{
    /// <summary>
    /// Keeps candidates from the highest score down, dropping one that overlaps a kept detection of its class by more
    /// than <paramref name="iouThreshold"/>, until <paramref name="topK"/> are kept. Ties keep the input order.
    /// </summary>
    public static IReadOnlyList<DetectedObject> Select(IEnumerable<DetectedObject> candidates, double iouThreshold, int topK)
    {
        var kept = new List<DetectedObject>();
        var keptByClass = new Dictionary<int, List<NormalisedBox>>();
        foreach (var candidate in candidates.OrderByDescending(detection => detection.Score))
        {
            if (!keptByClass.TryGetValue(candidate.ClassIndex, out var boxes))
                keptByClass[candidate.ClassIndex] = boxes = [];
            if (boxes.Exists(box => box.IntersectionOverUnion(candidate.Box) > iouThreshold)) continue;
            boxes.Add(candidate.Box);
            kept.Add(candidate);
            if (kept.Count == topK) break;
        }

        return kept;
    }
}
