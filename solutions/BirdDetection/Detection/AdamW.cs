namespace Solutions.BirdDetection.Detection;

/// <summary>Adam with decoupled weight decay (Loshchilov and Hutter, 2019), with the usual moment rates.</summary>
internal sealed class AdamW
{
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const double Epsilon = 1e-8;
    private readonly HeadWeights firstMoment;
    private readonly HeadWeights secondMoment;
    private int steps;

    public AdamW(HeadWeights shape)
    {
        firstMoment = shape.EmptyLike();
        secondMoment = shape.EmptyLike();
    }

    public void Step(HeadWeights weights, HeadWeights gradient, double learningRate, double weightDecay)
    {
        steps++;
        var firstCorrection = 1 - Math.Pow(Beta1, steps);
        var secondCorrection = 1 - Math.Pow(Beta2, steps);
        var tensors = weights.Tensors;
        var gradients = gradient.Tensors;
        var firsts = firstMoment.Tensors;
        var seconds = secondMoment.Tensors;
        for (var t = 0; t < tensors.Count; t++)
        {
            var (values, decays) = tensors[t];
            var g = gradients[t].Values;
            var m = firsts[t].Values;
            var v = seconds[t].Values;
            // Decoupled: the decay shrinks the weight directly instead of being added to the gradient Adam rescales.
            var shrink = decays ? (float)(1 - learningRate * weightDecay) : 1f;
            for (var i = 0; i < values.Length; i++)
            {
                m[i] = (float)(Beta1 * m[i] + (1 - Beta1) * g[i]);
                v[i] = (float)(Beta2 * v[i] + (1 - Beta2) * g[i] * g[i]);
                var update = m[i] / firstCorrection / (Math.Sqrt(v[i] / secondCorrection) + Epsilon);
                values[i] = (float)(values[i] * shrink - learningRate * update);
            }
        }
    }
}
