using System.Text.Json;
using System.Text.Json.Serialization;

namespace Solutions.Shared.Reporting.Metrics;

/// <summary>The <see cref="float"/> twin of <see cref="NonFiniteAsNullConverter"/>; ML.NET reports many metrics as float.</summary>
internal sealed class NonFiniteSingleAsNullConverter : JsonConverter<float>
{
    public override bool HandleNull => true;

    public override float Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? float.NaN : reader.GetSingle();

    public override void Write(Utf8JsonWriter writer, float value, JsonSerializerOptions options)
    {
        if (float.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
