namespace Solutions.BirdDetection.Backbone;

/// <summary>How <see cref="ResNetBackbone"/> loads and runs the pretrained ResNet18.</summary>
public sealed record ResNetBackboneOptions
{
    /// <summary>Side of the square network input in pixels, a multiple of 32.</summary>
    /// <value>The default value is 320, giving a 10 x 10 feature map.</value>
    public int InputSize { get; init; } = 320;

    /// <summary>Threads ONNX Runtime uses inside one inference.</summary>
    /// <value>The default value is 1.</value>
    /// <remarks>
    /// One thread per inference and several images side by side use the CPU best: on the 2-core build machine a
    /// 320-pixel image cost about 90 ms of CPU with one thread and 128 ms with two, which spin while waiting.
    /// More threads only shorten the latency of a lone image on an idle machine.
    /// </remarks>
    public int IntraOpThreads { get; init; } = 1;

    /// <summary>The ResNet18 ONNX file; <see langword="null"/> for the one the NuGet package copies to the output folder.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? ModelPath { get; init; }
}
