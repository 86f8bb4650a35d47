using System.Numerics.Tensors;
using Solutions.BirdDetection.Backbone;

namespace Solutions.BirdDetection.Detection;

/// <summary>
/// Forward and backward pass of the head over one feature map, with the buffers they need (one instance per thread).
/// Buffers are cell-major (one row per cell) so that each output is a long dot product SIMD can speed up.
/// </summary>
internal sealed class HeadPass
{
    /// <summary>Cells of the 3 x 3 neighbourhood each output sees.</summary>
    public const int Taps = 9;

    public const int ObjectnessOutput = 0;
    public const int BoxOutput = 1;
    public const int FirstClassOutput = 5;

    private readonly int inputChannels;
    private readonly int reducedChannels;
    private readonly int outputCount;
    private readonly int patchLength;
    private float[] inputs = [];
    private float[] preActivations = [];
    private float[] activations = [];
    private float[] patches = [];
    private float[] outputs = [];
    private float[] outputGradient = [];
    private float[] patchGradient = [];
    private float[] activationGradient = [];

    public HeadPass(int inputChannels, int reducedChannels, int outputCount)
    {
        this.inputChannels = inputChannels;
        this.reducedChannels = reducedChannels;
        this.outputCount = outputCount;
        patchLength = Taps * reducedChannels;
    }

    public int Height { get; private set; }

    public int Width { get; private set; }

    public int Cells => Height * Width;

    /// <summary>Raw outputs of the last forward pass, cells x outputs.</summary>
    public ReadOnlySpan<float> Outputs => outputs.AsSpan(0, Cells * outputCount);

    /// <summary>Where the loss writes its gradient with respect to <see cref="Outputs"/> before <see cref="Backward"/>.</summary>
    public Span<float> OutputGradient => outputGradient.AsSpan(0, Cells * outputCount);

    public void Forward(FeatureMap map, HeadWeights weights, float[] inputMean, float[] inputScale)
    {
        Resize(map.Height, map.Width);
        var cells = Cells;
        for (var channel = 0; channel < inputChannels; channel++)
        {
            var plane = map.Values.AsSpan(channel * cells, cells);
            var mean = inputMean[channel];
            var scale = inputScale[channel];
            for (var cell = 0; cell < cells; cell++)
                inputs[cell * inputChannels + channel] = (plane[cell] - mean) * scale;
        }

        for (var cell = 0; cell < cells; cell++)
        {
            var input = inputs.AsSpan(cell * inputChannels, inputChannels);
            for (var k = 0; k < reducedChannels; k++)
            {
                var z = weights.ReductionBias[k] + TensorPrimitives.Dot(weights.Reduction.AsSpan(k * inputChannels, inputChannels), input);
                preActivations[cell * reducedChannels + k] = z;
                activations[cell * reducedChannels + k] = Math.Max(z, 0f);
            }
        }

        for (var cell = 0; cell < cells; cell++)
        {
            for (var tap = 0; tap < Taps; tap++)
            {
                var patch = patches.AsSpan(cell * patchLength + tap * reducedChannels, reducedChannels);
                var neighbour = Neighbour(cell, tap);
                if (neighbour < 0) patch.Clear();
                else activations.AsSpan(neighbour * reducedChannels, reducedChannels).CopyTo(patch);
            }
        }

        for (var cell = 0; cell < cells; cell++)
        {
            var patch = patches.AsSpan(cell * patchLength, patchLength);
            for (var output = 0; output < outputCount; output++)
            {
                outputs[cell * outputCount + output] =
                    weights.OutputBias[output] + TensorPrimitives.Dot(weights.Output.AsSpan(output * patchLength, patchLength), patch);
            }
        }
    }

    /// <summary>Adds the gradient of the loss written to <see cref="OutputGradient"/> to <paramref name="gradient"/>.</summary>
    public void Backward(HeadWeights weights, HeadWeights gradient)
    {
        var cells = Cells;
        for (var cell = 0; cell < cells; cell++)
        {
            var patch = patches.AsSpan(cell * patchLength, patchLength);
            var patchGrad = patchGradient.AsSpan(cell * patchLength, patchLength);
            patchGrad.Clear();
            for (var output = 0; output < outputCount; output++)
            {
                // Box and species gradients are zero away from the positive cells: skip them.
                var g = outputGradient[cell * outputCount + output];
                if (g == 0) continue;
                gradient.OutputBias[output] += g;
                var row = gradient.Output.AsSpan(output * patchLength, patchLength);
                TensorPrimitives.MultiplyAdd(patch, g, row, row);
                TensorPrimitives.MultiplyAdd(weights.Output.AsSpan(output * patchLength, patchLength), g, patchGrad, patchGrad);
            }
        }

        Array.Clear(activationGradient, 0, cells * reducedChannels);
        for (var cell = 0; cell < cells; cell++)
        {
            for (var tap = 0; tap < Taps; tap++)
            {
                var neighbour = Neighbour(cell, tap);
                if (neighbour < 0) continue;
                var target = activationGradient.AsSpan(neighbour * reducedChannels, reducedChannels);
                TensorPrimitives.Add(target, patchGradient.AsSpan(cell * patchLength + tap * reducedChannels, reducedChannels), target);
            }
        }

        for (var cell = 0; cell < cells; cell++)
        {
            var input = inputs.AsSpan(cell * inputChannels, inputChannels);
            for (var k = 0; k < reducedChannels; k++)
            {
                var index = cell * reducedChannels + k;
                if (preActivations[index] <= 0) continue;
                var g = activationGradient[index];
                if (g == 0) continue;
                gradient.ReductionBias[k] += g;
                var row = gradient.Reduction.AsSpan(k * inputChannels, inputChannels);
                TensorPrimitives.MultiplyAdd(input, g, row, row);
            }
        }
    }

    /// <summary>The cell at the given tap of the 3 x 3 neighbourhood (tap 0 top-left, 4 the cell itself), or -1 outside the map (zero padding).</summary>
    private int Neighbour(int cell, int tap)
    {
        var y = cell / Width + tap / 3 - 1;
        var x = cell % Width + tap % 3 - 1;
        return y < 0 || y >= Height || x < 0 || x >= Width ? -1 : y * Width + x;
    }

    private void Resize(int height, int width)
    {
        Height = height;
        Width = width;
        var cells = height * width;
        if (inputs.Length >= cells * inputChannels) return;
        inputs = new float[cells * inputChannels];
        preActivations = new float[cells * reducedChannels];
        activations = new float[cells * reducedChannels];
        patches = new float[cells * patchLength];
        outputs = new float[cells * outputCount];
        outputGradient = new float[cells * outputCount];
        patchGradient = new float[cells * patchLength];
        activationGradient = new float[cells * reducedChannels];
    }
}
