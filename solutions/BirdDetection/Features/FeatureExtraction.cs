using Solutions.BirdDetection.Backbone;
using Solutions.BirdDetection.Imaging;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.BirdDetection.Features;

/// <summary>
/// Gets the backbone feature maps of many image files: from the <see cref="FeatureCache"/> where it has them,
/// otherwise computed in parallel and cached. Two progress steps: reading the cache, then computing what is missing.
/// </summary>
/// <remarks>
/// Every map is returned at the cache's half precision, whether read or computed, so results do not depend on
/// what was cached before. Memory stays bounded while computing: at most <see cref="MaxParallelImages"/> images are
/// decoded at once. The returned maps themselves take 200 KB each at 320 pixels.
/// </remarks>
public sealed class FeatureExtraction
{
    private readonly ResNetBackbone _backbone;
    private readonly FeatureCache _cache;
    private readonly IProgressDisplay _progress;

    public FeatureExtraction(ResNetBackbone backbone, FeatureCache cache, IProgressDisplay progress)
    {
        _backbone = backbone ?? throw new ArgumentNullException(nameof(backbone));
        _cache = cache ?? throw new ArgumentNullException(nameof(cache));
        _progress = progress ?? throw new ArgumentNullException(nameof(progress));
        if (cache.InputSize != backbone.InputSize)
            throw new ArgumentException(
                $"the cache holds maps for {cache.InputSize}-pixel input but the backbone takes {backbone.InputSize}", nameof(cache));
    }

    /// <summary>Images decoded and run through the backbone at the same time.</summary>
    /// <value>The default value is the processor count, which suits a backbone with one intra-op thread.</value>
    public int MaxParallelImages { get; init; } = Environment.ProcessorCount;

    /// <exception cref="InvalidDataException">An image file is not a readable JPEG or PNG (the message names it).</exception>
    /// <exception cref="FileNotFoundException">An image file does not exist.</exception>
    public async Task<FeatureExtractionResult> ExtractAsync(
        IReadOnlyList<string> imageFiles, ImageFlips flips, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(imageFiles);
        if (flips is not (ImageFlips.Plain or ImageFlips.Mirrored or ImageFlips.Both))
            throw new ArgumentOutOfRangeException(nameof(flips), flips, "ask for plain, mirrored or both");
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxParallelImages, 1, nameof(MaxParallelImages));
        var wanted = Wanted(flips);
        var slots = new ImageSlot[imageFiles.Count];

        await _progress.StepAsync($"Reading cached backbone features of {imageFiles.Count} images", async progress =>
        {
            var done = 0;
            await Parallel.ForEachAsync(Enumerable.Range(0, slots.Length),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                async (i, token) =>
                {
                    var path = imageFiles[i] ?? throw new ArgumentException($"image file {i} is null", nameof(imageFiles));
                    if (!File.Exists(path)) throw new FileNotFoundException($"{path}: image file not found", path);
                    var hash = FeatureCache.ContentHash(await File.ReadAllBytesAsync(path, token).ConfigureAwait(false));
                    slots[i] = new ImageSlot(path, wanted.Select(mirrored => Look(hash, mirrored)).ToArray());
                    progress.Report((double)Interlocked.Increment(ref done) / slots.Length);
                }).ConfigureAwait(false);
        }).ConfigureAwait(false);

        var missing = slots.Where(slot => slot.Maps.Any(map => map.Map is null)).ToList();
        var hits = slots.Sum(slot => slot.Maps.Count(map => map.Lookup == FeatureCacheLookup.Hit));
        if (missing.Count > 0)
        {
            await _progress.StepAsync(
                $"Computing backbone features of {missing.Count} of {slots.Length} images ({hits} maps cached)", async progress =>
                {
                    var done = 0;
                    await Parallel.ForEachAsync(missing,
                        new ParallelOptions { MaxDegreeOfParallelism = MaxParallelImages, CancellationToken = cancellationToken },
                        async (slot, token) =>
                        {
                            await ComputeAsync(slot, token).ConfigureAwait(false);
                            progress.Report((double)Interlocked.Increment(ref done) / missing.Count);
                        }).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }

        var images = slots.Select(slot => new ImageFeatures(slot.Path,
            slot.Maps.FirstOrDefault(map => !map.Mirrored)?.Map, slot.Maps.FirstOrDefault(map => map.Mirrored)?.Map)).ToList();
        return new FeatureExtractionResult(images, hits,
            Computed: missing.Sum(slot => slot.Maps.Count(map => map.Lookup != FeatureCacheLookup.Hit)),
            InvalidCacheEntries: slots.Sum(slot => slot.Maps.Count(map => map.Lookup == FeatureCacheLookup.Invalid)));
    }

    private static bool[] Wanted(ImageFlips flips) => flips switch
    {
        ImageFlips.Plain => [false],
        ImageFlips.Mirrored => [true],
        _ => [false, true],
    };

    private MapSlot Look(byte[] hash, bool mirrored)
    {
        var lookup = _cache.TryRead(hash, mirrored, out var map);
        return new MapSlot(mirrored, lookup) { Map = map };
    }

    private async Task ComputeAsync(ImageSlot slot, CancellationToken token)
    {
        // Hashed again from the bytes decoded here, so the cache key always matches the pixels it describes.
        var encoded = await File.ReadAllBytesAsync(slot.Path, token).ConfigureAwait(false);
        var hash = FeatureCache.ContentHash(encoded);
        using var image = ImageDecoder.Decode(encoded, slot.Path);
        foreach (var map in slot.Maps.Where(map => map.Map is null))
        {
            token.ThrowIfCancellationRequested();
            var computed = FeatureCache.RoundToStoredPrecision(_backbone.Extract(image, map.Mirrored));
            _cache.Write(hash, map.Mirrored, computed);
            map.Map = computed;
        }
    }

    private sealed record ImageSlot(string Path, MapSlot[] Maps);

    /// <summary>One requested map of one image; <see cref="Map"/> is filled by the cache or the backbone.</summary>
    private sealed record MapSlot(bool Mirrored, FeatureCacheLookup Lookup)
    {
        public FeatureMap? Map { get; set; }
    }
}
