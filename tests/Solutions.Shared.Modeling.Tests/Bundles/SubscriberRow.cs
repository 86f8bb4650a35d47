namespace Solutions.Shared.Modeling.Tests.Bundles;

/// <summary>The tiny model's input: a plan category, two usage numbers, and whether the subscriber left.</summary>
public sealed class SubscriberRow
{
    public string Plan { get; set; } = string.Empty;

    public float Minutes { get; set; }

    public float Calls { get; set; }

    public bool Label { get; set; }
}
