using System.Text.Json;

namespace Solutions.Endpoint.Benchmarks.Measurement;

/// <summary>Reads and writes the JSON files run.sh collects in its results folder.</summary>
public static class ResultFiles
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static void Write<T>(string path, T value)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(value, Json));
    }

    /// <exception cref="InvalidDataException">The file is not the JSON expected, naming the file.</exception>
    public static T Read<T>(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"{path}: holds JSON null, expected a {typeof(T).Name}");
        }
        catch (JsonException bad)
        {
            throw new InvalidDataException($"{path}: line {bad.LineNumber + 1}, {bad.Path}: {bad.Message}", bad);
        }
    }
}
