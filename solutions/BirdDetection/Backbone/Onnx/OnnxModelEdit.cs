using Google.Protobuf;
using Solutions.BirdDetection.Backbone.Onnx.Schema;

namespace Solutions.BirdDetection.Backbone.Onnx;

/// <summary>
/// A serialised ONNX model held in memory for the few graph edits the backbone needs: exposing an inner value as an
/// output, relaxing fixed input sizes, dropping stale shape annotations. Everything the edits do not touch
/// (weights, attributes, opsets, metadata) is written back unchanged.
/// </summary>
/// <remarks>Not thread-safe: edit on one thread, then hand the bytes from <see cref="ToBytes"/> to a session.</remarks>
public sealed class OnnxModelEdit
{
    /// <summary>ONNX's TensorProto.DataType for 32-bit floats.</summary>
    private const int FloatElementType = 1;

    private readonly ModelProto _model;

    private OnnxModelEdit(ModelProto model) => _model = model;

    /// <summary>Parses a serialised ONNX model; <paramref name="source"/> names it in errors (usually its path).</summary>
    /// <exception cref="InvalidDataException">The bytes are not an ONNX model with a graph.</exception>
    public static OnnxModelEdit Parse(ReadOnlySpan<byte> model, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        ModelProto parsed;
        try
        {
            parsed = ModelProto.Parser.ParseFrom(model);
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new InvalidDataException($"{source}: not a readable ONNX model ({e.Message})", e);
        }

        if (parsed.Graph is null || parsed.Graph.Node.Count == 0)
            throw new InvalidDataException($"{source}: an ONNX model needs a graph with at least one node; found none");
        return new OnnxModelEdit(parsed);
    }

    public IReadOnlyList<string> InputNames => _model.Graph.Input.Select(input => input.Name).ToList();

    public IReadOnlyList<string> OutputNames => _model.Graph.Output.Select(output => output.Name).ToList();

    /// <summary>How many intermediate values carry a shape annotation (<c>value_info</c>).</summary>
    public int AnnotatedValueCount => _model.Graph.ValueInfo.Count;

    /// <summary>
    /// Adds the node output <paramref name="valueName"/> to the graph's outputs as a float tensor
    /// [batch, <paramref name="channels"/>, height, width] whose batch and spatial sizes are left open.
    /// </summary>
    /// <exception cref="ArgumentException">No node produces the value, or it is already an output.</exception>
    public void ExposeFeatureMap(string valueName, int channels)
    {
        ArgumentException.ThrowIfNullOrEmpty(valueName);
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        var graph = _model.Graph;
        if (!graph.Node.Any(node => node.Output.Contains(valueName)))
            throw new ArgumentException($"no node of the graph produces a value named '{valueName}'", nameof(valueName));
        if (graph.Output.Any(output => output.Name == valueName))
            throw new ArgumentException($"'{valueName}' is already an output of the graph", nameof(valueName));

        var shape = new TensorShapeProto();
        shape.Dim.Add(new TensorShapeProto.Types.Dimension());
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = channels });
        shape.Dim.Add(new TensorShapeProto.Types.Dimension());
        shape.Dim.Add(new TensorShapeProto.Types.Dimension());
        graph.Output.Add(new ValueInfoProto
        {
            Name = valueName,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = FloatElementType, Shape = shape } },
        });
    }

    /// <summary>
    /// Drops every graph output but <paramref name="valueName"/>, and the nodes that only fed the others: ONNX Runtime
    /// runs every node, and ResNet18's 7 x 7 average pool fails on maps smaller than 7 x 7.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="valueName"/> is not an output.</exception>
    public void KeepOnlyOutput(string valueName)
    {
        var outputs = _model.Graph.Output;
        var kept = outputs.FirstOrDefault(output => output.Name == valueName)
            ?? throw new ArgumentException($"'{valueName}' is not an output of the graph", nameof(valueName));
        outputs.Clear();
        outputs.Add(kept);

        // Nodes are stored in topological order, so one backward pass finds everything the kept output needs.
        var nodes = _model.Graph.Node;
        var needed = new HashSet<string> { valueName };
        var feeding = new List<NodeProto>();
        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            if (!nodes[i].Output.Any(needed.Contains)) continue;
            feeding.Add(nodes[i]);
            needed.UnionWith(nodes[i].Input);
        }

        feeding.Reverse();
        nodes.Clear();
        nodes.AddRange(feeding);
    }

    public int NodeCount => _model.Graph.Node.Count;

    /// <summary>
    /// Leaves every dimension of the graph's inputs and outputs open except the channel dimension (index 1), so the
    /// model accepts batches and image sizes other than the ones it was exported with.
    /// </summary>
    public void RelaxBatchAndSpatialDimensions()
    {
        foreach (var value in _model.Graph.Input.Concat(_model.Graph.Output))
        {
            var dims = value.Type?.TensorType?.Shape?.Dim;
            if (dims is null) continue;
            for (var axis = 0; axis < dims.Count; axis++)
            {
                // An empty Dimension (neither dim_value nor dim_param) is ONNX's "unknown size".
                if (axis != 1) dims[axis] = new TensorShapeProto.Types.Dimension();
            }
        }
    }

    /// <summary>
    /// Drops the shape annotations of intermediate values: they were inferred for the export size and would
    /// contradict the shapes of any other input size. The runtime infers them again.
    /// </summary>
    public void ClearValueInfo() => _model.Graph.ValueInfo.Clear();

    public byte[] ToBytes() => _model.ToByteArray();
}
