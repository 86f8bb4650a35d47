using SkiaSharp;
using Solutions.Shared.Reporting.Charts;

namespace Solutions.Shared.Reporting.Tests.Charts;

/// <remarks>
/// Text checks compare two renderings whose text differs but whose layout is the same, so any differing pixel
/// in the band is a glyph. Without a usable font both renderings are blank there and the checks fail; comparing
/// "title" against "no title" would not prove that, because the plot area moves up into the band.
/// </remarks>
public sealed class ChartPngTests : IDisposable
{
    /// <summary>Set to a folder to keep every sample chart there for a person to look at.</summary>
    private const string GalleryVariable = "REPORTING_CHART_GALLERY";

    private static readonly SKRectI TitleBand = new(0, 0, 800, 40);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "reporting-charts-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> ChartNames() => [.. SampleCharts.All.Keys];

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Every_chart_saves_a_png_of_the_requested_size(string name)
    {
        var path = Path.Combine(_folder, "charts", name + ".png");

        SampleCharts.All[name](new ChartFrame(640, 480)).Save(path);

        var png = File.ReadAllBytes(path);
        Assert.True(PngFile.HasSignature(png));
        Assert.Equal((640, 480), PngFile.Size(png));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Every_chart_draws_its_title_text(string name)
    {
        var png = SampleCharts.All[name](new ChartFrame()).ToPng();
        var other = SampleCharts.All[name](new ChartFrame(Title: "Another title, same height")).ToPng();

        Assert.True(PngFile.DifferingPixels(png, other, TitleBand) > 300, $"{name}: no title glyphs drawn");

        if (Environment.GetEnvironmentVariable(GalleryVariable) is { Length: > 0 } gallery)
        {
            File.WriteAllBytes(Path.Combine(Directory.CreateDirectory(gallery).FullName, name + ".png"), png);
        }
    }

    [Fact]
    public void Default_size_is_800_by_600_and_default_title_is_drawn()
    {
        var png = new RocChart([0, 1], [0, 1], 0.5).ToPng();
        var retitled = new RocChart([0, 1], [0, 1], 0.5) { Title = "Receiver operating characteristic" }.ToPng();

        Assert.Equal((800, 600), PngFile.Size(png));
        Assert.True(PngFile.DifferingPixels(png, retitled, TitleBand) > 300);
    }

    [Fact]
    public void Axis_label_text_is_drawn_below_the_tick_labels()
    {
        var first = new HistogramChart("Charges", "Monthly charges (USD)", [1, 2, 2, 3]).ToPng();
        var second = new HistogramChart("Charges", "Weekly revenue (EUR)", [1, 2, 2, 3]).ToPng();

        Assert.True(PngFile.DifferingPixels(first, second, new SKRectI(0, 560, 800, 600)) > 200);
    }

    [Fact]
    public void Tick_label_text_is_drawn_left_of_the_data_area()
    {
        // Same shape, different y values: without text the two images would be identical pixel for pixel.
        var low = new ScatterChart("Points", "x", "y", [new ChartSeries("a", [0, 10], [0, 50])]).ToPng();
        var high = new ScatterChart("Points", "x", "y", [new ChartSeries("a", [0, 10], [10_000, 10_050])]).ToPng();

        Assert.True(PngFile.DifferingPixels(low, high, new SKRectI(20, 60, 80, 540)) > 100);
    }

    [Fact]
    public void Rendering_is_deterministic()
    {
        var chart = SampleCharts.All["score-distribution"];

        Assert.Equal(chart(new ChartFrame()).ToPng(), chart(new ChartFrame()).ToPng());
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
