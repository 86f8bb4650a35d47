using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Features;

namespace Solutions.PaymentClassification.Tests.Features;

public sealed class TransactionFeatureNamesTests
{
    [Fact]
    public void Names_are_unique_identifiers_one_per_value()
    {
        var names = TransactionFeatureNames.All;

        // 7 receiver scalars + 19 shares, 6 sender scalars + 19 shares, 3 pair, 19 category z-scores = 73.
        Assert.Equal(7 + 19 + 6 + 19 + 3 + 19, names.Count);
        Assert.Equal(names.Count, TransactionFeatures.Count);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.Matches("^[a-z][a-z0-9_]*$", n));
        Assert.Contains("receiver_share_food_and_dining", names);
        Assert.Contains("amount_log_z_pension_and_insurances", names);
        Assert.Equal(TransactionCategories.All.Count, names.Count(n => n.StartsWith(TransactionFeatureNames.SenderSharePrefix)));
    }
}
