namespace Solutions.BirdDetection.Detection;

/// <summary>
/// The training loss of one image: balanced objectness cross-entropy over all cells, smooth L1 of the box encoding
/// and softmax cross-entropy of the species on the positive cells (the cells holding an object's centre).
/// </summary>
internal static class DetectionLoss
{
    // Fast R-CNN's smooth L1 transition: quadratic for errors below 1/9, linear above.
    private const double SmoothL1Beta = 1.0 / 9;

    /// <summary>
    /// The positive cells of a map: the cell holding each object's centre; where two objects share a cell the
    /// larger one wins (the smaller is usually covered by a neighbour's prediction anyway).
    /// </summary>
    public static BoxTarget[] Targets(LabelledFeatureMap example, DetectionHeadOptions options)
    {
        var byCell = new Dictionary<int, (BoxTarget Target, double Area)>();
        foreach (var truth in example.Objects)
        {
            var target = BoxEncoding.Encode(truth, example.Map.Height, example.Map.Width, options);
            if (!byCell.TryGetValue(target.Cell, out var held) || truth.Box.Area > held.Area)
                byCell[target.Cell] = (target, truth.Box.Area);
        }

        return [.. byCell.Values.Select(held => held.Target).OrderBy(target => target.Cell)];
    }

    /// <summary>
    /// Returns the image's losses and writes their gradient with respect to <paramref name="outputs"/>, times
    /// <paramref name="scale"/>, to <paramref name="gradient"/> (both cells x outputs).
    /// </summary>
    public static (double Objectness, double Box, double Species) Evaluate(
        ReadOnlySpan<float> outputs, int cells, int outputCount, BoxTarget[] targets, double boxWeight, double scale, Span<float> gradient)
    {
        gradient.Clear();
        var positives = targets.Length;
        var negatives = cells - positives;
        var isPositive = new bool[cells];
        foreach (var target in targets) isPositive[target.Cell] = true;

        // Balanced: positives and negatives each weigh as much in total, or the few positives would be drowned out.
        var objectness = 0.0;
        for (var cell = 0; cell < cells; cell++)
        {
            double logit = outputs[cell * outputCount + HeadPass.ObjectnessOutput];
            var probability = Sigmoid(logit);
            double loss, slope;
            if (isPositive[cell]) (loss, slope) = (Softplus(-logit) / positives, (probability - 1) / positives);
            else (loss, slope) = (Softplus(logit) / negatives, probability / negatives);
            objectness += loss;
            gradient[cell * outputCount + HeadPass.ObjectnessOutput] = (float)(slope * scale);
        }

        var box = 0.0;
        var species = 0.0;
        var classCount = outputCount - HeadPass.FirstClassOutput;
        var probabilities = new double[classCount];
        foreach (var target in targets)
        {
            var row = target.Cell * outputCount;
            ReadOnlySpan<float> wanted = [target.OffsetX, target.OffsetY, target.LogWidth, target.LogHeight];
            for (var i = 0; i < wanted.Length; i++)
            {
                var error = outputs[row + HeadPass.BoxOutput + i] - (double)wanted[i];
                var magnitude = Math.Abs(error);
                box += (magnitude < SmoothL1Beta ? 0.5 * error * error / SmoothL1Beta : magnitude - 0.5 * SmoothL1Beta) / positives;
                var slope = magnitude < SmoothL1Beta ? error / SmoothL1Beta : Math.Sign(error);
                gradient[row + HeadPass.BoxOutput + i] = (float)(boxWeight * slope / positives * scale);
            }

            Softmax(outputs.Slice(row + HeadPass.FirstClassOutput, classCount), probabilities);
            species -= Math.Log(Math.Max(probabilities[target.ClassIndex], 1e-300)) / positives;
            for (var k = 0; k < classCount; k++)
            {
                var slope = probabilities[k] - (k == target.ClassIndex ? 1 : 0);
                gradient[row + HeadPass.FirstClassOutput + k] = (float)(slope / positives * scale);
            }
        }

        return (objectness, box, species);
    }

    public static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    public static void Softmax(ReadOnlySpan<float> logits, Span<double> probabilities)
    {
        var max = double.NegativeInfinity;
        foreach (var logit in logits) max = Math.Max(max, logit);
        var sum = 0.0;
        for (var k = 0; k < logits.Length; k++) sum += probabilities[k] = Math.Exp(logits[k] - max);
        for (var k = 0; k < logits.Length; k++) probabilities[k] /= sum;
    }

    /// <summary>log(1 + e^x) without overflow.</summary>
    private static double Softplus(double x) => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)));
}
