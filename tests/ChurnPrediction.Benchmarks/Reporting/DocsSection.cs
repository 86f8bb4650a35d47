using Solutions.Shared.Data.IO;

namespace Solutions.ChurnPrediction.Benchmarks.Reporting;

/// <summary>
/// The measured part of docs/benchmarks.md: the text between two HTML comments, replaced whole and atomically so
/// that the prose around it stays hand-written and a failed write leaves the previous figures.
/// </summary>
public static class DocsSection
{
    public const string Begin = "<!-- benchmark-results:begin (written by tests/ChurnPrediction.Benchmarks; do not edit by hand) -->";
    public const string End = "<!-- benchmark-results:end -->";

    /// <summary>Fails now, before minutes of measuring, when the file cannot take the figures.</summary>
    /// <exception cref="InvalidOperationException">The file lacks the markers, or has them out of order.</exception>
    public static void Check(string path) => Locate(path, File.ReadAllText(path));

    /// <exception cref="InvalidOperationException">The file lacks the markers, or has them out of order.</exception>
    public static void Replace(string path, string content)
    {
        var text = File.ReadAllText(path);
        var (begin, end) = Locate(path, text);
        AtomicFile.WriteAllText(path, text[..(begin + Begin.Length)] + "\n\n" + content.Trim() + "\n\n" + text[end..]);
    }

    private static (int Begin, int End) Locate(string path, string text)
    {
        var begin = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        return begin >= 0 && end > begin
            ? (begin, end)
            : throw new InvalidOperationException(
                $"{path}: expected a line '{Begin}' followed later by a line '{End}' around the measured section.");
    }
}
