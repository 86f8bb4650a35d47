using System.Text;
using Solutions.Shared.Data.IO;

namespace Solutions.Shared.Reporting.Markdown;

/// <summary>
/// Builds a run's report.md block by block. Every method returns the report, so calls chain:
/// <c>new MarkdownReport().Title("Churn").KeyValueTable(metrics).Image("ROC", "charts/roc.png").Save(path)</c>.
/// </summary>
public sealed class MarkdownReport
{
    private readonly List<string> _blocks = [];

    /// <summary>Adds a level-1 heading.</summary>
    public MarkdownReport Title(string text) => Heading(text, 1);

    /// <param name="text">Heading text; line breaks become spaces, since a heading is one line.</param>
    /// <param name="level">1 to 6. The default value is 2.</param>
    public MarkdownReport Heading(string text, int level = 2)
    {
        if (level is < 1 or > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Markdown heading levels run from 1 to 6.");
        }

        return Add($"{new string('#', level)} {OneLine(text)}");
    }

    /// <summary>Adds a paragraph. The text is Markdown, so emphasis and links in it are kept.</summary>
    public MarkdownReport Paragraph(string text) => Add(Normalize(text).Trim('\n'));

    /// <summary>Adds a bulleted list; an item's extra lines stay inside the item. An empty list adds nothing.</summary>
    public MarkdownReport Bullets(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var lines = items.Select(item => "- " + Normalize(item).Trim('\n').Replace("\n", "\n  ", StringComparison.Ordinal)).ToList();
        return lines.Count == 0 ? this : Add(string.Join('\n', lines));
    }

    /// <summary>
    /// Adds a table. Pipes and line breaks inside cells are escaped; columns whose cells are all numbers are right-aligned.
    /// Format numbers with <see cref="MarkdownFormat"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A row's cell count differs from the header's.</exception>
    public MarkdownReport Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        if (headers.Count == 0)
        {
            throw new ArgumentException("A Markdown table needs at least one header.", nameof(headers));
        }

        var body = rows.ToList();
        for (var i = 0; i < body.Count; i++)
        {
            if (body[i] is null || body[i].Count != headers.Count)
            {
                throw new ArgumentException(
                    $"Table row {i + 1} has {body[i]?.Count ?? 0} cells but the header has {headers.Count} columns ({string.Join(", ", headers)}).",
                    nameof(rows));
            }
        }

        return Add(MarkdownTable.Render(headers, body));
    }

    /// <summary>Adds a two-column table of metric names and numbers, e.g. AUC → 0.8734.</summary>
    public MarkdownReport KeyValueTable(IEnumerable<KeyValuePair<string, double>> metrics, int decimals = 4,
        string keyHeader = "Metric", string valueHeader = "Value")
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return KeyValueTable(metrics.Select(m => KeyValuePair.Create(m.Key, MarkdownFormat.Number(m.Value, decimals))), keyHeader, valueHeader);
    }

    /// <summary>Adds a two-column table of names and already formatted values.</summary>
    public MarkdownReport KeyValueTable(IEnumerable<KeyValuePair<string, string>> values,
        string keyHeader = "Metric", string valueHeader = "Value")
    {
        ArgumentNullException.ThrowIfNull(values);
        return Table([keyHeader, valueHeader], values.Select(v => (IReadOnlyList<string>)[v.Key, v.Value]));
    }

    /// <param name="alt">Text shown when the image cannot be, and read by screen readers.</param>
    /// <param name="relativePath">Path relative to the report, so the output folder can be moved or zipped whole.</param>
    public MarkdownReport Image(string alt, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        if (relativePath.Length == 0 || Path.IsPathRooted(relativePath))
        {
            throw new ArgumentException(
                $"Image path '{relativePath}' must be relative to the report (e.g. 'charts/roc.png') so the report folder stays movable.",
                nameof(relativePath));
        }

        var escapedAlt = OneLine(alt).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
        var url = relativePath.Replace('\\', '/')
            .Replace(" ", "%20", StringComparison.Ordinal)
            .Replace("(", "%28", StringComparison.Ordinal)
            .Replace(")", "%29", StringComparison.Ordinal);
        return Add($"![{escapedAlt}]({url})");
    }

    /// <summary>Adds a fenced code block; the fence is longer than any run of backticks in the code.</summary>
    public MarkdownReport CodeBlock(string code, string language = "")
    {
        var body = Normalize(code).TrimEnd('\n');
        var longestRun = 0;
        var run = 0;
        foreach (var c in body)
        {
            run = c == '`' ? run + 1 : 0;
            longestRun = Math.Max(longestRun, run);
        }

        var fence = new string('`', Math.Max(3, longestRun + 1));
        return Add($"{fence}{OneLine(language)}\n{body}\n{fence}");
    }

    /// <summary>The whole report: blocks separated by blank lines, ending with a newline.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendJoin("\n\n", _blocks);
        return text.Append('\n').ToString();
    }

    /// <summary>Writes the report atomically, replacing any previous file only once the new one is complete.</summary>
    public void Save(string path) => AtomicFile.WriteAllText(path, ToString());

    private MarkdownReport Add(string block)
    {
        _blocks.Add(block);
        return this;
    }

    private static string Normalize(string? text) =>
        (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static string OneLine(string? text) => Normalize(text).Trim().Replace('\n', ' ');
}
