namespace Solutions.LungSurvival.Imaging.Pictures;

/// <summary>A CT display window: HU from <c>Level - Width/2</c> (black) to <c>Level + Width/2</c> (white).</summary>
public sealed record CtWindow(string Name, double Level, double Width)
{
    /// <summary>The usual lung window, W 1500 / L -600.</summary>
    public static CtWindow Lung { get; } = new("lung", -600, 1500);

    /// <summary>The usual mediastinal (soft-tissue) window, W 400 / L 40.</summary>
    public static CtWindow Mediastinal { get; } = new("mediastinal", 40, 400);

    public byte Gray(double hounsfield)
    {
        var fraction = (hounsfield - (Level - Width / 2)) / Width;
        return (byte)Math.Round(255 * Math.Clamp(fraction, 0, 1));
    }
}
