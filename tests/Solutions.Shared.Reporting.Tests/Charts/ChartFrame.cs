namespace Solutions.Shared.Reporting.Tests.Charts;

/// <summary>Size and title a sample chart is drawn with; tests vary the title to find text pixels.</summary>
internal sealed record ChartFrame(int Width = 800, int Height = 600, string? Title = null);
