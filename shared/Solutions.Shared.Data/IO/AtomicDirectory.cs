namespace Solutions.Shared.Data.IO;

/// <summary>
/// Publishes a whole folder at once (a model bundle, say): the caller fills a staging folder beside the
/// target, then <see cref="Publish"/> swaps it in with renames, so readers see the old folder or the new one.
/// </summary>
public static class AtomicDirectory
{
    /// <summary>Creates an empty staging folder next to <paramref name="target"/>.</summary>
    public static string CreateStaging(string target)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.staging");
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Replaces <paramref name="target"/> with <paramref name="staging"/>.</summary>
    public static void Publish(string staging, string target)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        if (!Directory.Exists(full))
        {
            Directory.Move(staging, full);
            return;
        }

        // Two renames: the old folder steps aside, the new one takes its name, then the old one goes.
        var retired = $"{full}.{Guid.NewGuid():N}.old";
        Directory.Move(full, retired);
        try
        {
            Directory.Move(staging, full);
        }
        catch
        {
            Directory.Move(retired, full);
            throw;
        }
        Directory.Delete(retired, recursive: true);
    }

    /// <summary>Removes a staging folder left by a failed write.</summary>
    public static void Discard(string staging)
    {
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
    }
}
