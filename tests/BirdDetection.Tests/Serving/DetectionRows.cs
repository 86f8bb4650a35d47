using System.Text.Json;

namespace Solutions.BirdDetection.Tests.Serving;

/// <summary>Reads SageMaker's object detection JSON, checking its shape: one "prediction" array of 6-number rows.</summary>
internal static class DetectionRows
{
    public static IReadOnlyList<double[]> Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        using var document = JsonDocument.ParseValue(ref reader);
        var property = Assert.Single(document.RootElement.EnumerateObject());
        Assert.Equal("prediction", property.Name);
        return [.. property.Value.EnumerateArray().Select(row =>
        {
            var values = row.EnumerateArray().ToArray();
            Assert.Equal(6, values.Length);
            // The class index is written as a whole number, as the species list counts them.
            Assert.True(values[0].TryGetInt32(out var classIndex), $"class index {values[0]} is not a whole number");
            return (double[])[classIndex, .. values.Skip(1).Select(v => v.GetDouble())];
        })];
    }
}
