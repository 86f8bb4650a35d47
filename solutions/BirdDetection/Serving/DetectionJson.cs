using System.Buffers;
using System.Text.Json;
using Solutions.BirdDetection.Inference;

namespace Solutions.BirdDetection.Serving;

/// <summary>
/// Writes detections as SageMaker's built-in object detector answers:
/// <c>{"prediction": [[class_index, score, xmin, ymin, xmax, ymax], ...]}</c>, coordinates normalised to [0, 1].
/// </summary>
internal static class DetectionJson
{
    public const string PredictionProperty = "prediction";

    public static byte[] Write(IReadOnlyList<DetectedBird> birds)
    {
        var buffer = new ArrayBufferWriter<byte>(32 + 128 * birds.Count);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray(PredictionProperty);
            foreach (var bird in birds)
            {
                json.WriteStartArray();
                // The class index is a whole number; the built-in algorithm writes it as 4.0, which parses to the same value.
                json.WriteNumberValue(bird.Species.ClassIndex);
                // Shortest round-trip text: a client parses back exactly the doubles BirdDetector computed.
                foreach (var value in bird.ToSageMakerRow().AsSpan(1)) json.WriteNumberValue(value);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
