using System.Text;

namespace Solutions.BirdDetection.Detection;

/// <summary>
/// The saved form of a head, little-endian: the magic "BIRDHEAD", a version, the options, the input
/// standardisation, the weight tensors as float32, then an FNV-1a checksum of everything after the magic.
/// </summary>
internal static class HeadFile
{
    public const int Version = 1;
    private static readonly byte[] Magic = "BIRDHEAD"u8.ToArray();

    public static void Write(DetectionHead head, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            var options = head.Options;
            writer.Write(Version);
            writer.Write(options.InputChannels);
            writer.Write(options.ReducedChannels);
            writer.Write(options.ClassCount);
            writer.Write(options.PriorWidth);
            writer.Write(options.PriorHeight);
            foreach (var tensor in Tensors(head)) WriteFloats(writer, tensor);
        }

        var bytes = body.ToArray();
        stream.Write(Magic);
        stream.Write(bytes);
        stream.Write(BitConverter.GetBytes(Checksum(bytes)));
    }

    public static DetectionHead Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var magic = ReadExactly(stream, Magic.Length, "the file type marker");
        if (!magic.AsSpan().SequenceEqual(Magic))
            throw new InvalidDataException("not a detection head file: it does not start with \"BIRDHEAD\".");
        var headerLength = sizeof(int) * 4 + sizeof(double) * 2;
        var header = ReadExactly(stream, headerLength, "the header");
        using var reader = new BinaryReader(new MemoryStream(header));
        var version = reader.ReadInt32();
        if (version != Version)
            throw new InvalidDataException($"detection head file version {version}; this build reads version {Version}.");
        DetectionHeadOptions options;
        try
        {
            options = new DetectionHeadOptions
            {
                InputChannels = reader.ReadInt32(),
                ReducedChannels = reader.ReadInt32(),
                ClassCount = reader.ReadInt32(),
                PriorWidth = reader.ReadDouble(),
                PriorHeight = reader.ReadDouble(),
            };
            options.Validate();
        }
        catch (ArgumentOutOfRangeException error)
        {
            throw new InvalidDataException($"detection head file header is corrupt: {error.Message}", error);
        }

        var weights = new HeadWeights(options.InputChannels, options.ReducedChannels, HeadPass.FirstClassOutput + options.ClassCount);
        var mean = new float[options.InputChannels];
        var scale = new float[options.InputChannels];
        float[][] tensors = [mean, scale, .. weights.Tensors.Select(tensor => tensor.Values)];
        var payload = ReadExactly(stream, tensors.Sum(tensor => tensor.Length) * sizeof(float), "the weights");
        var checksum = BitConverter.ToUInt64(ReadExactly(stream, sizeof(ulong), "the checksum"));
        if (checksum != Checksum([.. header, .. payload]))
            throw new InvalidDataException("detection head file is corrupt: its checksum does not match its contents.");

        var offset = 0;
        foreach (var tensor in tensors)
        {
            Buffer.BlockCopy(payload, offset, tensor, 0, tensor.Length * sizeof(float));
            offset += tensor.Length * sizeof(float);
            if (Array.FindIndex(tensor, value => !float.IsFinite(value)) is var bad and >= 0)
                throw new InvalidDataException($"detection head file holds a non-finite weight ({tensor[bad]}).");
        }

        return new DetectionHead(options, mean, scale, weights);
    }

    private static IEnumerable<float[]> Tensors(DetectionHead head) =>
        [head.InputMean, head.InputScale, .. head.Weights.Tensors.Select(tensor => tensor.Values)];

    private static void WriteFloats(BinaryWriter writer, float[] values)
    {
        var bytes = new byte[values.Length * sizeof(float)];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        writer.Write(bytes);
    }

    private static byte[] ReadExactly(Stream stream, int count, string what)
    {
        var buffer = new byte[count];
        var read = stream.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
        if (read < count)
            throw new InvalidDataException($"detection head file is truncated: it ends in {what}, {read} of {count} bytes read.");
        return buffer;
    }

    private static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in bytes) hash = (hash ^ b) * 1099511628211UL;
        return hash;
    }
}
