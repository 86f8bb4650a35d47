namespace Solutions.Shared.Modeling.Tests.Bundles;

/// <summary>The output of <see cref="MinutesDoubling"/>.</summary>
public sealed class DoubledMinutes
{
    public float MinutesTwice { get; set; }
}
