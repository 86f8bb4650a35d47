using Solutions.Shared.Modeling.Bundles;

namespace Solutions.Endpoint.Models;

/// <summary>
/// What identifies the bundle version in a folder: the manifest's <c>ModelVersion</c> and the files' total size and latest
/// write. A bundle copied in place changes the files before (or after) the manifest, so both are watched.
/// </summary>
/// <param name="ModelVersion">The manifest's model version, or a note that the manifest cannot be read.</param>
/// <param name="Bytes">The total size of the folder's files; a loaded model's memory is estimated from it.</param>
/// <param name="LastWriteUtc">The latest write time among the files.</param>
public sealed record BundleSignature(string ModelVersion, long Bytes, DateTime LastWriteUtc)
{
    /// <summary>The signature of the bundle in <paramref name="folder"/>, or null when it has no manifest.json (yet).</summary>
    public static BundleSignature? TryRead(string folder)
    {
        if (!File.Exists(Path.Combine(folder, ModelBundle.ManifestFileName)))
        {
            return null;
        }
        try
        {
            var files = new DirectoryInfo(folder).GetFiles("*", SearchOption.AllDirectories);
            return new BundleSignature(
                ReadVersion(folder), files.Sum(file => file.Length), files.Max(file => file.LastWriteTimeUtc));
        }
        catch (IOException)
        {
            // The folder changed under us (a bundle being replaced); the next poll sees it settled.
            return null;
        }
    }

    private static string ReadVersion(string folder)
    {
        try
        {
            return ModelBundle.ReadManifest(folder).ModelVersion;
        }
        catch (ModelBundleException unreadable)
        {
            // Still a signature: loading it will fail with this reason, and a corrected manifest changes it again.
            return "unreadable manifest: " + unreadable.Message;
        }
    }
}
