using Solutions.BirdDetection.Backbone;
using Solutions.BirdDetection.Data;
using Solutions.BirdDetection.Detection;

namespace Solutions.BirdDetection.Tests.Detection;

public sealed class HeadGradientTests
{
    [Fact]
    public void Back_propagated_gradient_matches_central_differences_of_the_loss()
    {
        const int channels = 3, reduced = 4, classes = 3, side = 4;
        var options = new DetectionHeadOptions { InputChannels = channels, ReducedChannels = reduced, ClassCount = classes };
        var random = new Random(5);
        var map = new FeatureMap(channels, side, side, [.. Enumerable.Range(0, channels * side * side).Select(_ => (float)(random.NextDouble() * 2 - 1))]);
        var example = new LabelledFeatureMap(map, [new GroundTruthObject(2, new NormalisedBox(0.3, 0.2, 0.7, 0.9))]);
        var targets = DetectionLoss.Targets(example, options);
        var weights = new HeadWeights(channels, reduced, HeadPass.FirstClassOutput + classes);
        weights.Initialise(random);
        // Large output weights, so the outputs (and the loss's slopes) are far from their near-zero starting values.
        for (var i = 0; i < weights.Output.Length; i++) weights.Output[i] *= 40;
        for (var i = 0; i < weights.ReductionBias.Length; i++) weights.ReductionBias[i] = 0.3f;
        float[] mean = [0, 0.1f, -0.1f], scale = [1, 2, 0.5f];
        var pass = new HeadPass(channels, reduced, weights.OutputCount);

        double Loss()
        {
            pass.Forward(map, weights, mean, scale);
            var (objectness, box, species) = DetectionLoss.Evaluate(pass.Outputs, pass.Cells, weights.OutputCount, targets, 2, 1, new float[pass.Cells * weights.OutputCount]);
            return objectness + 2 * box + species;
        }

        var gradient = weights.EmptyLike();
        pass.Forward(map, weights, mean, scale);
        DetectionLoss.Evaluate(pass.Outputs, pass.Cells, weights.OutputCount, targets, 2, 1, pass.OutputGradient);
        pass.Backward(weights, gradient);

        var checkedCount = 0;
        var tensors = weights.Tensors;
        for (var t = 0; t < tensors.Count; t++)
        {
            var values = tensors[t].Values;
            for (var i = 0; i < values.Length; i++)
            {
                const float step = 1e-2f;
                var kept = values[i];
                values[i] = kept + step;
                var up = Loss();
                values[i] = kept - step;
                var down = Loss();
                values[i] = kept;
                var numeric = (up - down) / (2 * step);
                var analytic = gradient.Tensors[t].Values[i];
                Assert.True(Math.Abs(numeric - analytic) <= 2e-3 + 0.02 * Math.Abs(numeric),
                    $"tensor {t} element {i}: back-propagated {analytic}, central difference {numeric}");
                checkedCount++;
            }
        }

        Assert.Equal(weights.Reduction.Length + reduced + weights.Output.Length + weights.OutputCount, checkedCount);
    }
}
