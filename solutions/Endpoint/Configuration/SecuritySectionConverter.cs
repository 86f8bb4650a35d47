using System.Text.Json;
using System.Text.Json.Serialization;
using Solutions.Endpoint.Security.Configuration;

namespace Solutions.Endpoint.Configuration;

/// <summary>Reads the host config's <c>"Security"</c> section with <see cref="SecuritySettingsReader"/>, so there is one reader and one format.</summary>
internal sealed class SecuritySectionConverter(string source, Func<string, string?>? environment) : JsonConverter<SecuritySettings>
{
    public override SecuritySettings Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var section = JsonDocument.ParseValue(ref reader);
        return SecuritySettingsReader.Read(section.RootElement, source, environment);
    }

    // Settings hold secrets; the host never writes them back out.
    public override void Write(Utf8JsonWriter writer, SecuritySettings value, JsonSerializerOptions options) =>
        throw new NotSupportedException("security settings are never serialized: they hold secrets");
}
