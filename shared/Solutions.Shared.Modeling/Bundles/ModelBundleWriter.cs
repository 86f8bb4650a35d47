using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.ML;
using Solutions.Shared.Data.IO;

namespace Solutions.Shared.Modeling.Bundles;

/// <summary>Writes a model bundle atomically: a crash leaves the previous bundle or the new one.</summary>
public static class ModelBundleWriter
{
    /// <summary>
    /// Saves <paramref name="model"/> with its manifest into <paramref name="folder"/>, replacing any bundle there.
    /// </summary>
    /// <param name="folder">The bundle folder, e.g. <c>artifacts/churn/model</c>.</param>
    /// <param name="mlContext">The context that trained the model.</param>
    /// <param name="model">The trained ML.NET model.</param>
    /// <param name="sample">Data in the model's input schema; saved as the model's schema and used for the ONNX export.</param>
    /// <param name="manifest">The manifest; its <see cref="BundleManifest.Files"/> is filled in here.</param>
    /// <param name="exportOnnx">True to write an ONNX export; an export the model does not support is skipped and recorded as absent.</param>
    /// <param name="additionalFiles">Further files by name (plain file names, none of the bundle's own), e.g. rows
    /// an explainer needs; listed in the manifest's <see cref="BundleFiles.Additional"/>.</param>
    /// <returns>The manifest as written.</returns>
    public static BundleManifest Write(
        string folder, MLContext mlContext, ITransformer model, IDataView sample, BundleManifest manifest, bool exportOnnx,
        IReadOnlyDictionary<string, byte[]>? additionalFiles = null)
    {
        additionalFiles ??= new Dictionary<string, byte[]>();
        foreach (var name in additionalFiles.Keys)
        {
            CheckAdditionalName(name);
        }
        var staging = AtomicDirectory.CreateStaging(folder);
        try
        {
            mlContext.Model.Save(model, sample.Schema, Path.Combine(staging, ModelBundle.MlNetFileName));
            var onnx = exportOnnx && TryExportOnnx(mlContext, model, sample, Path.Combine(staging, ModelBundle.OnnxFileName))
                ? ModelBundle.OnnxFileName
                : null;
            foreach (var (name, bytes) in additionalFiles)
            {
                File.WriteAllBytes(Path.Combine(staging, name), bytes);
            }
            var written = manifest with
            {
                Files = new BundleFiles(ModelBundle.MlNetFileName, onnx)
                {
                    Additional = [.. additionalFiles.Keys.Order(StringComparer.Ordinal)],
                },
            };
            File.WriteAllText(
                Path.Combine(staging, ModelBundle.ManifestFileName),
                JsonSerializer.Serialize(written, ModelBundle.JsonOptions));
            AtomicDirectory.Publish(staging, folder);
            return written;
        }
        catch
        {
            AtomicDirectory.Discard(staging);
            throw;
        }
    }

    /// <summary>
    /// Saves a model that is not an ML.NET transformer (a forecast with an elasticity, say) as a bundle: the named
    /// files, written by <paramref name="writeFile"/> into the staging folder, and the manifest, published atomically.
    /// </summary>
    /// <param name="folder">The bundle folder.</param>
    /// <param name="manifest">The manifest; its <see cref="BundleManifest.Files"/> is filled in here.</param>
    /// <param name="files">File names relative to the bundle folder.</param>
    /// <param name="writeFile">Called with each file name and its full staging path; must create that file.</param>
    /// <returns>The manifest as written.</returns>
    public static BundleManifest Write(
        string folder, BundleManifest manifest, IReadOnlyList<string> files, Action<string, string> writeFile)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(writeFile);
        var staging = AtomicDirectory.CreateStaging(folder);
        try
        {
            foreach (var file in files)
            {
                CheckAdditionalName(file);
                var path = Path.Combine(staging, file);
                writeFile(file, path);
                if (!File.Exists(path))
                {
                    throw new InvalidOperationException($"the bundle file '{file}' was not written");
                }
            }
            var written = manifest with { Files = new BundleFiles(null, null) { Additional = [.. files] } };
            File.WriteAllText(
                Path.Combine(staging, ModelBundle.ManifestFileName),
                JsonSerializer.Serialize(written, ModelBundle.JsonOptions));
            AtomicDirectory.Publish(staging, folder);
            return written;
        }
        catch
        {
            AtomicDirectory.Discard(staging);
            throw;
        }
    }

    private static void CheckAdditionalName(string name)
    {
        string[] reserved = [ModelBundle.ManifestFileName, ModelBundle.MlNetFileName, ModelBundle.OnnxFileName];
        if (string.IsNullOrWhiteSpace(name) || name != Path.GetFileName(name) || name is "." or ".."
            || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0
            || reserved.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"Additional bundle file '{name}' must be a plain file name other than {string.Join(", ", reserved)}.", "additionalFiles");
        }
    }

    /// <summary>SHA-256 of a file's bytes as lower-case hex.</summary>
    public static string Sha256OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>The runtime and the versions of the ML packages loaded in this process.</summary>
    public static IReadOnlyDictionary<string, string> PackageVersions()
    {
        var versions = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [".NET"] = Environment.Version.ToString(),
        };
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            var name = assembly.GetName().Name;
            if (name is null || !(name.StartsWith("Microsoft.ML", StringComparison.Ordinal) || name.StartsWith("Solutions.", StringComparison.Ordinal)))
            {
                continue;
            }
            var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            versions[name] = (informational ?? assembly.GetName().Version?.ToString() ?? "unknown").Split('+')[0];
        }
        return versions;
    }

    private static bool TryExportOnnx(MLContext mlContext, ITransformer model, IDataView sample, string path)
    {
        try
        {
            using var stream = File.Create(path);
            mlContext.Model.ConvertToOnnx(model, sample, stream);
            return true;
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            // Some transforms have no ONNX form; the bundle then carries the ML.NET model alone. ML.NET says so
            // with InvalidOperationException when the last step cannot be converted, but with
            // KeyNotFoundException when an earlier one (a custom mapping, text featurization) leaves a column
            // the next step looks up undefined. I/O errors are not caught: a full disk must fail the write.
            File.Delete(path);
            return false;
        }
    }
}
