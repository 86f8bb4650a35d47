namespace Solutions.BirdDetection.Evaluation;

/// <summary>Average precision as the PASCAL VOC 2010+ devkit computes it (VOCevaldet's all-point interpolation).</summary>
internal static class AveragePrecision
{
    /// <summary>
    /// Area under the precision envelope of the precision-recall curve, for detections ranked by descending score
    /// whose match outcome is <paramref name="isTruePositive"/>.
    /// </summary>
    public static double FromRanking(IReadOnlyList<bool> isTruePositive, int groundTruthCount)
    {
        var n = isTruePositive.Count;
        // Recall and precision after each detection, with sentinels: recall 0 and 1 at the ends, precision 0.
        var recall = new double[n + 2];
        var precision = new double[n + 2];
        var truePositives = 0;
        for (var i = 0; i < n; i++)
        {
            if (isTruePositive[i]) truePositives++;
            recall[i + 1] = (double)truePositives / groundTruthCount;
            precision[i + 1] = (double)truePositives / (i + 1);
        }

        recall[n + 1] = 1;
        // The envelope: precision at a recall is the best precision at that recall or any higher one.
        for (var i = n; i >= 0; i--) precision[i] = Math.Max(precision[i], precision[i + 1]);

        var area = 0.0;
        for (var i = 1; i <= n + 1; i++)
        {
            if (recall[i] != recall[i - 1]) area += (recall[i] - recall[i - 1]) * precision[i];
        }

        return area;
    }
}
