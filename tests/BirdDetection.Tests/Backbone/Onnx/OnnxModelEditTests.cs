using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Solutions.BirdDetection.Backbone;
using Solutions.BirdDetection.Backbone.Onnx;

namespace Solutions.BirdDetection.Tests.Backbone.Onnx;

public sealed class OnnxModelEditTests
{
    private static byte[] PackagedModel() => File.ReadAllBytes(ResNetBackbone.DefaultModelPath);

    [Fact]
    public void The_packaged_model_comes_back_byte_for_byte_when_nothing_is_edited()
    {
        // Opset imports, node attributes and the like are unknown to the subset schema; they must pass through.
        var original = PackagedModel();

        var written = OnnxModelEdit.Parse(original, "ResNet18.onnx").ToBytes();

        Assert.Equal(original.Length, written.Length);
        Assert.True(original.AsSpan().SequenceEqual(written), "the rewritten model differs from the packaged one");
    }

    [Fact]
    public void Unknown_fields_survive_a_round_trip_byte_for_byte()
    {
        // A hand-built ModelProto: ir_version 7 (field 1), then fields the subset does not declare: an opset import
        // (8, {version: 11}) and a metadata entry (14, {key: "k", value: "v"}), around a one-node graph (7).
        var node = Message(1, Message(2, Text(1, "y")));
        var bytes = Concat(Varint(1, 7), Message(7, node), Message(8, Varint(2, 11)), Message(14, Concat(Text(1, "k"), Text(2, "v"))));

        var written = OnnxModelEdit.Parse(bytes, "hand-built").ToBytes();

        Assert.Equal(bytes, written);
    }

    [Fact]
    public void The_edited_model_outputs_the_feature_map_with_open_batch_and_spatial_sizes()
    {
        var edit = OnnxModelEdit.Parse(PackagedModel(), "ResNet18.onnx");
        Assert.DoesNotContain(ResNetBackbone.FeatureMapValue, edit.OutputNames);
        Assert.True(edit.AnnotatedValueCount > 0, "the packaged model annotates its inner values for 224 x 224 input");
        var nodes = edit.NodeCount;

        edit.ClearValueInfo();
        edit.RelaxBatchAndSpatialDimensions();
        edit.ExposeFeatureMap(ResNetBackbone.FeatureMapValue, 512);
        edit.KeepOnlyOutput(ResNetBackbone.FeatureMapValue);

        var reread = OnnxModelEdit.Parse(edit.ToBytes(), "edited");
        Assert.Equal([ResNetBackbone.FeatureMapValue], reread.OutputNames);
        Assert.Equal(0, reread.AnnotatedValueCount);
        // The feature map is the last ReLU; only the global average pool after it goes.
        Assert.Equal(nodes - 1, reread.NodeCount);
        using var session = new InferenceSession(edit.ToBytes());
        Assert.Equal([-1, 512, -1, -1], session.OutputMetadata[ResNetBackbone.FeatureMapValue].Dimensions);
        Assert.Equal([-1, 3, -1, -1], session.InputMetadata.Values.Single().Dimensions);
    }

    [Fact]
    public void Exposing_adds_the_output_beside_the_existing_one()
    {
        var edit = OnnxModelEdit.Parse(PackagedModel(), "ResNet18.onnx");
        var before = edit.OutputNames;

        edit.ExposeFeatureMap(ResNetBackbone.FeatureMapValue, 512);

        Assert.Equal([.. before, ResNetBackbone.FeatureMapValue], edit.OutputNames);
    }

    [Fact]
    public void Exposing_a_value_no_node_produces_is_refused()
    {
        var edit = OnnxModelEdit.Parse(PackagedModel(), "ResNet18.onnx");

        var error = Assert.Throws<ArgumentException>(() => edit.ExposeFeatureMap("NoSuchValue", 512));

        Assert.Contains("NoSuchValue", error.Message);
    }

    [Fact]
    public void Bytes_that_are_not_a_model_are_refused_with_the_source_named()
    {
        var error = Assert.Throws<InvalidDataException>(() => OnnxModelEdit.Parse("not a model"u8, "bogus.onnx"));

        Assert.Contains("bogus.onnx", error.Message);
    }

    private static byte[] Varint(int field, long value)
    {
        using var stream = new MemoryStream();
        var output = new CodedOutputStream(stream);
        output.WriteTag(field, WireFormat.WireType.Varint);
        output.WriteInt64(value);
        output.Flush();
        return stream.ToArray();
    }

    private static byte[] Text(int field, string value) => Message(field, System.Text.Encoding.UTF8.GetBytes(value));

    private static byte[] Message(int field, byte[] body)
    {
        using var stream = new MemoryStream();
        var output = new CodedOutputStream(stream);
        output.WriteTag(field, WireFormat.WireType.LengthDelimited);
        output.WriteBytes(ByteString.CopyFrom(body));
        output.Flush();
        return stream.ToArray();
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(part => part).ToArray();
}
