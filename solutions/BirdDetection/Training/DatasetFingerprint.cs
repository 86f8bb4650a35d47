using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Solutions.BirdDetection.Data;

namespace Solutions.BirdDetection.Training;

/// <summary>A SHA-256 that names a data set's content: the selected images' bytes, species, boxes and split.</summary>
public static class DatasetFingerprint
{
    /// <summary>Lower-case hex SHA-256 over, per image in id order, its id, class id, box, split and file bytes.</summary>
    public static string Compute(CubDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var image in data.Images)
        {
            var b = image.Box;
            hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"{image.Id} {image.Class.Id} {b.X} {b.Y} {b.Width} {b.Height} {(image.IsTraining ? 1 : 0)}\n")));
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(image.Path)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
