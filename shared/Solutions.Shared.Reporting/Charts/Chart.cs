using ScottPlot;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Reporting.Fonts;

namespace Solutions.Shared.Reporting.Charts;

/// <summary>
/// A chart rendered to PNG with the embedded report font, a title, axis labels and tick labels.
/// Set <see cref="Title"/>, <see cref="Width"/> or <see cref="Height"/> with an object initializer.
/// </summary>
public abstract class Chart
{
    private protected Chart(string title) => Title = title;

    public string Title { get; init; }

    /// <value>Width in pixels. The default value is 800.</value>
    public int Width { get; init; } = 800;

    /// <value>Height in pixels. The default value is 600.</value>
    public int Height { get; init; } = 600;

    /// <summary>Renders the chart and returns the PNG file's bytes.</summary>
    public byte[] ToPng()
    {
        CheckSize(Width, nameof(Width));
        CheckSize(Height, nameof(Height));
        ReportFont.Register();

        using var plot = new Plot();
        Draw(plot);
        plot.Title(Title);
        // Styled last so labels created while drawing (legend, annotations) get the embedded face too;
        // setting the font resets weights, so sizes and bold come after it.
        plot.Font.Set(ReportFont.FamilyName);
        plot.Legend.FontName = ReportFont.FamilyName;
        ChartStyle.Apply(plot);
        return plot.GetImage(Width, Height).GetImageBytes(ImageFormat.Png);
    }

    /// <summary>Writes the PNG atomically: a crash leaves the previous file or the new one, never half an image.</summary>
    public void Save(string path) => AtomicFile.WriteAllBytes(path, ToPng());

    private protected abstract void Draw(Plot plot);

    private void CheckSize(int pixels, string name)
    {
        if (pixels is < 100 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(name, pixels,
                $"{GetType().Name}.{name} must be between 100 and 10000 pixels.");
        }
    }
}
