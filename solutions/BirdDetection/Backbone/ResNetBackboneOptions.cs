namespace Solutions.BirdDetection.Backbone;

/// <summary>How <see cref="ResNetBackbone"/> loads and runs the pretrained ResNet18.</summary>
public sealed record ResNetBackboneOptions
{
    /// <summary>Side of the square network input in pixels, a multiple of 32.</summary>
    /// <value>The default value is 320, giving a 10 x 10 feature map.</value>
    public int InputSize { get; init; } = 320;

    /// <summary>Threads ONNX Runtime uses inside one image's inference.</summary>
    /// <value>The default value is the machine's processor count.</value>
    public int IntraOpThreads { get; init; } = Environment.ProcessorCount;

    /// <summary>The ResNet18 ONNX file; <see langword="null"/> for the one the NuGet package copies to the output folder.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? ModelPath { get; init; }
}
