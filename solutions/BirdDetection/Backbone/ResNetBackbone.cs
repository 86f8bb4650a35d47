using System.Security.Cryptography;
using Microsoft.ML.OnnxRuntime;
using SkiaSharp;
using Solutions.BirdDetection.Backbone.Onnx;
using Solutions.BirdDetection.Imaging;

namespace Solutions.BirdDetection.Backbone;

/// <summary>
/// The pretrained ResNet18 of Microsoft.ML.DnnImageFeaturizer.ResNet18, run on the CPU by ONNX Runtime up to its
/// last convolutional block: a square input of <see cref="InputSize"/> pixels gives a 512-channel feature map of
/// <see cref="MapSize"/> x <see cref="MapSize"/> cells, each cell seeing a 32 x 32 pixel patch.
/// </summary>
/// <remarks>
/// Thread-safe: <see cref="Extract(float[])"/> and the other extraction members may be called concurrently
/// (ONNX Runtime sessions allow concurrent runs). Results are deterministic: the same input gives the same values.
/// </remarks>
public sealed class ResNetBackbone : IDisposable
{
    /// <summary>The ReLU after the last residual block, [batch, 512, H/32, W/32]; the packaged model only outputs its average.</summary>
    public const string FeatureMapValue = "ReLU393_Output_0";

    public const int Channels = 512;

    /// <summary>Input pixels per feature-map cell along each axis.</summary>
    public const int Stride = 32;

    private readonly InferenceSession _session;
    private readonly string _inputName;

    public ResNetBackbone(ResNetBackboneOptions? options = null)
    {
        options ??= new ResNetBackboneOptions();
        if (options.InputSize < Stride || options.InputSize % Stride != 0)
            throw new ArgumentOutOfRangeException(nameof(options), options.InputSize,
                $"the input size must be a positive multiple of {Stride} pixels");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.IntraOpThreads, 1, nameof(options.IntraOpThreads));

        var path = options.ModelPath ?? DefaultModelPath;
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"ResNet18 model not found at {path}; the Microsoft.ML.DnnImageFeaturizer.ResNet18 package copies it to the build output", path);
        var original = File.ReadAllBytes(path);

        // The edit happens in memory: the packaged file is shared by every build and stays as shipped.
        var edit = OnnxModelEdit.Parse(original, path);
        edit.ClearValueInfo();
        edit.RelaxBatchAndSpatialDimensions();
        edit.ExposeFeatureMap(FeatureMapValue, Channels);
        edit.KeepOnlyOutput(FeatureMapValue);

        using var sessionOptions = new SessionOptions
        {
            IntraOpNumThreads = options.IntraOpThreads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
        };
        _session = new InferenceSession(edit.ToBytes(), sessionOptions);
        _inputName = _session.InputMetadata.Keys.Single();

        InputSize = options.InputSize;
        ModelIdentity = $"resnet18-{Convert.ToHexStringLower(SHA256.HashData(original))[..16]}";
    }

    /// <summary>Where the ResNet18 package puts its model: <c>DnnImageModels/ResNet18Onnx/ResNet18.onnx</c> beside the program.</summary>
    public static string DefaultModelPath =>
        Path.Combine(AppContext.BaseDirectory, "DnnImageModels", "ResNet18Onnx", "ResNet18.onnx");

    public int InputSize { get; }

    /// <summary>Cells per side of the feature map: <see cref="InputSize"/> / 32.</summary>
    public int MapSize => InputSize / Stride;

    /// <summary>Names the model file's content ("resnet18-" and 16 hex digits of its SHA-256), e.g. for cache keys.</summary>
    public string ModelIdentity { get; }

    /// <summary>The feature map of an image, stretched to the input size and mirrored left to right if asked.</summary>
    public FeatureMap Extract(SKBitmap image, bool mirrored = false) =>
        Extract(ResNetInput.FromImage(image, InputSize, mirrored));

    /// <summary>The feature map of one input tensor as <see cref="ResNetInput"/> makes it (3 x size x size).</summary>
    public FeatureMap Extract(float[] inputTensor) => ExtractBatch([inputTensor])[0];

    /// <summary>Feature maps of several input tensors, run as one batch.</summary>
    /// <remarks>
    /// On the CPU a batch was not measurably faster than the same images one by one (convolutions already fill the
    /// cores); its results match single images to within 0.1% (tested), not necessarily bit for bit. Prefer concurrent
    /// <see cref="Extract(float[])"/> calls, as <see cref="Features.FeatureExtraction"/> does.
    /// </remarks>
    public IReadOnlyList<FeatureMap> ExtractBatch(IReadOnlyList<float[]> inputTensors)
    {
        ArgumentNullException.ThrowIfNull(inputTensors);
        if (inputTensors.Count == 0) return [];
        var perImage = 3 * InputSize * InputSize;
        var batch = new float[(long)perImage * inputTensors.Count];
        for (var i = 0; i < inputTensors.Count; i++)
        {
            if (inputTensors[i] is not { } tensor || tensor.Length != perImage)
                throw new ArgumentException(
                    $"input tensor {i} must hold 3 x {InputSize} x {InputSize} = {perImage} values; got {inputTensors[i]?.Length.ToString() ?? "null"}",
                    nameof(inputTensors));
            tensor.CopyTo(batch, (long)i * perImage);
        }

        using var input = OrtValue.CreateTensorValueFromMemory(batch, [inputTensors.Count, 3, InputSize, InputSize]);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, [_inputName], [input], [FeatureMapValue]);
        var values = outputs[0].GetTensorDataAsSpan<float>();
        var perMap = Channels * MapSize * MapSize;
        if (values.Length != perMap * inputTensors.Count)
            throw new InvalidOperationException(
                $"the backbone returned {values.Length} values for {inputTensors.Count} images; expected {perMap} each");

        var maps = new FeatureMap[inputTensors.Count];
        for (var i = 0; i < maps.Length; i++)
            maps[i] = new FeatureMap(Channels, MapSize, MapSize, values.Slice(i * perMap, perMap).ToArray());
        return maps;
    }

    public void Dispose() => _session.Dispose();
}
