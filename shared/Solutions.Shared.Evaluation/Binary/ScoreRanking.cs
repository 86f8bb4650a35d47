namespace Solutions.Shared.Evaluation.Binary;

/// <summary>
/// Sorts the rows once and groups them by distinct score, highest first, so every threshold sweep
/// (ROC, precision-recall, cost) is a single O(distinct scores) walk after an O(n log n) sort.
/// </summary>
internal static class ScoreRanking
{
    public static IReadOnlyList<ScoreGroup> GroupDescending(IReadOnlyList<bool> labels, IReadOnlyList<double> scores)
    {
        var sortedScores = scores.ToArray();
        var sortedLabels = labels.ToArray();
        Array.Sort(sortedScores, sortedLabels);

        var groups = new List<ScoreGroup>();
        var i = sortedScores.Length - 1;
        while (i >= 0)
        {
            var score = sortedScores[i];
            int positives = 0, negatives = 0;
            for (; i >= 0 && sortedScores[i] == score; i--)
            {
                if (sortedLabels[i])
                {
                    positives++;
                }
                else
                {
                    negatives++;
                }
            }

            groups.Add(new ScoreGroup(score, positives, negatives));
        }

        return groups;
    }
}
