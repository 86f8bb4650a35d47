using Microsoft.ML.Transforms;

namespace Solutions.Shared.Modeling.Tests.Bundles;

/// <summary>
/// A custom mapping: ML.NET can save it (under its contract name) but has no ONNX form for it, the usual
/// way a solution's pipeline ends up not exportable.
/// </summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class MinutesDoubling : CustomMappingFactory<SubscriberRow, DoubledMinutes>
{
    public const string ContractName = "tests-minutes-doubling";

    public static void Map(SubscriberRow input, DoubledMinutes output) => output.MinutesTwice = input.Minutes * 2;

    public override Action<SubscriberRow, DoubledMinutes> GetMapping() => Map;
}
