namespace Solutions.ChurnPrediction.Features;

/// <summary>
/// Which columns the model learns from. The Charge columns are the minutes times a tariff, so they may add
/// nothing; whether they stay is decided by cross-validation, not assumed.
/// </summary>
/// <param name="Name">A short name for reports.</param>
/// <param name="IncludeCharges">True to keep the four Charge columns.</param>
public sealed record ChurnFeatureSet(string Name, bool IncludeCharges)
{
    public static readonly ChurnFeatureSet WithCharges = new("with charges", IncludeCharges: true);
    public static readonly ChurnFeatureSet WithoutCharges = new("without charges", IncludeCharges: false);

    public static IReadOnlyList<ChurnFeatureSet> All { get; } = [WithCharges, WithoutCharges];

    /// <summary>The categorical columns, one-hot encoded (area code is a category, not a number).</summary>
    public static IReadOnlyList<string> Categorical { get; } = [nameof(ChurnModelInput.State), nameof(ChurnModelInput.AreaCode)];

    private static readonly string[] Charges =
    [
        nameof(ChurnModelInput.DayCharge), nameof(ChurnModelInput.EveningCharge),
        nameof(ChurnModelInput.NightCharge), nameof(ChurnModelInput.InternationalCharge),
    ];

    private static readonly string[] Numeric =
    [
        nameof(ChurnModelInput.AccountLength), nameof(ChurnModelInput.InternationalPlan),
        nameof(ChurnModelInput.VoiceMailPlan), nameof(ChurnModelInput.VoiceMailMessages),
        nameof(ChurnModelInput.DayMinutes), nameof(ChurnModelInput.DayCalls), nameof(ChurnModelInput.DayCharge),
        nameof(ChurnModelInput.EveningMinutes), nameof(ChurnModelInput.EveningCalls), nameof(ChurnModelInput.EveningCharge),
        nameof(ChurnModelInput.NightMinutes), nameof(ChurnModelInput.NightCalls), nameof(ChurnModelInput.NightCharge),
        nameof(ChurnModelInput.InternationalMinutes), nameof(ChurnModelInput.InternationalCalls),
        nameof(ChurnModelInput.InternationalCharge), nameof(ChurnModelInput.CustomerServiceCalls),
    ];

    /// <summary>The numeric columns of this feature set.</summary>
    public IReadOnlyList<string> NumericColumns => IncludeCharges ? Numeric : [.. Numeric.Except(Charges)];

    public override string ToString() => Name;
}
