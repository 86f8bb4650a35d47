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

    /// <exception cref="InvalidOperationException">The file lacks the markers, or has them out of order.</exception>
    public static void Replace(string path, string content)
    {
        var text = File.ReadAllText(path);
        var begin = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new InvalidOperationException(
                $"{path}: expected a line '{Begin}' followed later by a line '{End}' around the measured section.");
        }
        var before = text[..(begin + Begin.Length)];
        var after = text[end..];
        AtomicFile.WriteAllText(path, before + "\n\n" + content.Trim() + "\n\n" + after);
    }
}
