using System.Globalization;

namespace Solutions.Endpoint.Tests.Fakes;

/// <summary>
/// A model bundle folder for the <see cref="AddingPredictor"/>: a real manifest.json (solution <c>Adding</c>) and an
/// offset.txt holding the model's offset, padded to a chosen size so memory estimates can be worked by hand.
/// </summary>
internal static class AddingBundle
{
    public const string Solution = "Adding";
    public const string OffsetFile = "offset.txt";

    /// <summary>Writes (or overwrites) a bundle version into <paramref name="folder"/>.</summary>
    /// <param name="folder">The bundle folder, created if missing.</param>
    /// <param name="version">The manifest's model_version.</param>
    /// <param name="offset">What the model adds; null writes "corrupt" instead, which the loader refuses.</param>
    /// <param name="paddingBytes">Extra bytes in a padding file, on top of the manifest and offset.txt.</param>
    /// <param name="solution">The manifest's solution, e.g. <see cref="MeasuringLoader.Solution"/> for a document model reading the same offset.</param>
    public static void Write(string folder, string version, double? offset, int paddingBytes = 0, string solution = Solution)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, OffsetFile), offset?.ToString(CultureInfo.InvariantCulture) ?? "corrupt");
        File.WriteAllBytes(Path.Combine(folder, "padding.bin"), new byte[paddingBytes]);
        File.WriteAllText(Path.Combine(folder, "manifest.json"), $$"""
            {
              "format_version": 1, "solution": "{{solution}}", "model_version": "{{version}}", "created_utc": "2024-01-01T00:00:00+00:00",
              "trainer": "Hand", "input_schema": [{"name": "x", "kind": "number", "required": true}, {"name": "y", "kind": "number", "required": true}],
              "output_schema": [{"name": "sum", "kind": "number", "required": true}], "training_data_sha256": "00",
              "metrics": {}, "package_versions": {}, "files": {"ml_net_model": "model.zip", "onnx_model": null}
            }
            """);
    }

    /// <summary>The total size of a bundle folder's files, as <c>BundleSignature</c> measures it.</summary>
    public static long Bytes(string folder) => new DirectoryInfo(folder).GetFiles("*", SearchOption.AllDirectories).Sum(file => file.Length);
}
