using Solutions.Shared.Data.Tabular;

namespace Solutions.BirdDetection.Data;

/// <summary>Reads and cross-checks the five text files of a CUB-200-2011 layout; see <see cref="CubDataset.Load"/>.</summary>
internal static class CubDatasetLoader
{
    public static CubDataset Load(string folder, IReadOnlyCollection<int>? classIds)
    {
        var root = CubLayout.FindRoot(folder);
        var classes = ReadClasses(Path.Combine(root, CubLayout.ClassesFile));
        var selected = Select(classes, classIds, Path.Combine(root, CubLayout.ClassesFile));
        var paths = ReadById(Path.Combine(root, CubLayout.ImagesFile), ["image_id", "path"], line => line, lastFieldTakesRest: true);
        var labels = ReadById(Path.Combine(root, CubLayout.ImageClassLabelsFile), ["image_id", "class_id"], line =>
        {
            var id = line.PositiveInteger(1);
            return classes.TryGetValue(id, out var known)
                ? known
                : throw line.Error(1, $"a class id listed in {CubLayout.ClassesFile}", $"class {id} is not in {CubLayout.ClassesFile}");
        });
        var boxes = ReadById(Path.Combine(root, CubLayout.BoundingBoxesFile), ["image_id", "x", "y", "width", "height"], line => line);
        var splits = ReadById(Path.Combine(root, CubLayout.TrainTestSplitFile), ["image_id", "is_training_image"], line => line.Text(1) switch
        {
            "1" => true,
            "0" => false,
            var other => throw line.Error(1, "1 (training) or 0 (test)", $"'{other}' is neither 1 nor 0"),
        });
        RefuseUnknownImages(paths, labels);
        RefuseUnknownImages(paths, boxes);
        RefuseUnknownImages(paths, splits);

        var classIndex = selected.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var images = new List<CubImage>();
        foreach (var (id, pathLine) in paths.OrderBy(p => p.Key))
        {
            var line = pathLine.Line;
            var species = Required(labels, id, line, CubLayout.ImageClassLabelsFile);
            if (!classIndex.TryGetValue(species.Id, out var index)) continue;
            var boxLine = Required(boxes, id, line, CubLayout.BoundingBoxesFile);
            var isTraining = Required(splits, id, line, CubLayout.TrainTestSplitFile);
            var path = ImagePath(root, line);
            var (width, height) = ImageHeader.TryReadSize(path)
                ?? throw line.Error(1, "a JPEG or PNG image", $"'{path}' is not an image that can be read");
            images.Add(new CubImage(id, path, species, index, ClampedBox(boxLine, width, height), isTraining, width, height));
        }
        return new CubDataset(root, selected, images);
    }

    private static Dictionary<int, CubClass> ReadClasses(string file)
    {
        var classes = ReadById(file, ["class_id", "class_name"], line => new CubClass(line.PositiveInteger(0), line.Text(1)), lastFieldTakesRest: true);
        if (classes.Count == 0) throw new TabularDataException(file, $"{file}: lists no classes.");
        return classes.ToDictionary(c => c.Key, c => c.Value.Value);
    }

    private static IReadOnlyList<CubClass> Select(Dictionary<int, CubClass> classes, IReadOnlyCollection<int>? classIds, string file)
    {
        if (classIds is null || classIds.Count == 0) return [.. classes.Values.OrderBy(c => c.Id)];
        var unknown = classIds.Where(id => !classes.ContainsKey(id)).Distinct().ToList();
        if (unknown.Count > 0)
            throw new TabularDataException(file,
                $"{file}: the selected class id(s) {string.Join(", ", unknown)} are not listed (it has {classes.Count} classes, ids {classes.Keys.Min()} to {classes.Keys.Max()}).");
        return [.. classIds.Distinct().Order().Select(id => classes[id])];
    }

    /// <summary>Reads a file keyed by the id in its first field, refusing a second line for the same id.</summary>
    private static Dictionary<int, (CubTextLine Line, T Value)> ReadById<T>(
        string file, IReadOnlyList<string> fieldNames, Func<CubTextLine, T> parse, bool lastFieldTakesRest = false)
    {
        var byId = new Dictionary<int, (CubTextLine, T)>();
        foreach (var line in CubTextLine.ReadAll(file, fieldNames, lastFieldTakesRest))
        {
            var id = line.PositiveInteger(0);
            if (byId.TryGetValue(id, out var first))
                throw line.Error(0, "each id once", $"id {id} is listed again (first at line {first.Item1.LineNumber})");
            byId.Add(id, (line, parse(line)));
        }
        return byId;
    }

    /// <summary>Every per-image file may mention only images listed in images.txt.</summary>
    private static void RefuseUnknownImages<TPath, T>(Dictionary<int, (CubTextLine Line, TPath Value)> paths, Dictionary<int, (CubTextLine Line, T Value)> byId)
    {
        foreach (var (id, entry) in byId)
        {
            if (!paths.ContainsKey(id))
                throw entry.Line.Error(0, $"an image id listed in {CubLayout.ImagesFile}", $"image {id} is not in {CubLayout.ImagesFile}");
        }
    }

    private static T Required<T>(Dictionary<int, (CubTextLine Line, T Value)> byId, int id, CubTextLine imageLine, string file) =>
        byId.TryGetValue(id, out var entry)
            ? entry.Value
            : throw imageLine.Error(0, $"a line for every image in {file}", $"image {id} has no line in {file}");

    private static string ImagePath(string root, CubTextLine line)
    {
        var relative = line.Text(1);
        var images = Path.Combine(root, CubLayout.ImagesFolder);
        var full = Path.GetFullPath(Path.Combine(images, relative));
        if (Path.IsPathRooted(relative) || !full.StartsWith(images + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw line.Error(1, $"a path inside {CubLayout.ImagesFolder}{Path.DirectorySeparatorChar}", $"'{relative}' points outside the images folder");
        return File.Exists(full) ? full : throw line.Error(1, "an existing image file", $"'{full}' does not exist");
    }

    /// <summary>Clamps a box that overshoots its image by a rounding error; refuses one that lies elsewhere.</summary>
    private static PixelBox ClampedBox(CubTextLine line, int width, int height)
    {
        double x = line.Number(1), y = line.Number(2), w = line.Number(3), h = line.Number(4);
        if (w <= 0) throw line.Error(3, "a positive width", $"a box {w} pixels wide is empty");
        if (h <= 0) throw line.Error(4, "a positive height", $"a box {h} pixels high is empty");
        const double tolerance = CubDataset.BoxOvershootTolerance;
        var imageSize = $"the {width} x {height} image";
        if (x < -tolerance || x >= width) throw line.Error(1, $"0 <= x < {width}", $"x = {x} lies outside {imageSize}");
        if (y < -tolerance || y >= height) throw line.Error(2, $"0 <= y < {height}", $"y = {y} lies outside {imageSize}");
        if (x + w > width + tolerance) throw line.Error(3, $"x + width <= {width}", $"x + width = {x + w} reaches past {imageSize}");
        if (y + h > height + tolerance) throw line.Error(4, $"y + height <= {height}", $"y + height = {y + h} reaches past {imageSize}");
        double left = Math.Max(0, x), top = Math.Max(0, y);
        return new PixelBox(left, top, Math.Min(width, x + w) - left, Math.Min(height, y + h) - top);
    }
}
