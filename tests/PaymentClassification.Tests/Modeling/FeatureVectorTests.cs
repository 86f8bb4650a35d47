using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Features;
using Solutions.PaymentClassification.Modeling;

namespace Solutions.PaymentClassification.Tests.Modeling;

public sealed class FeatureVectorTests
{
    private static LabelledTransaction Payment(string category, decimal amount, DateTime at) => new()
    {
        Category = category, ReceiverId = "1000000000000001", SenderId = "2000000000000002", Amount = amount, Timestamp = at,
    };

    [Fact]
    public void Names_match_the_vector_and_are_unique()
    {
        Assert.Equal(PaymentFeatureVector.Length, PaymentFeatureVector.Names.Count);
        Assert.Equal(PaymentFeatureVector.StoreFeatureCount, TransactionFeatureNames.All.Count);
        Assert.Equal(PaymentFeatureVector.Names.Count, PaymentFeatureVector.Names.Distinct().Count());
        Assert.Equal(BaselineFeatureVector.Length, BaselineFeatureVector.Names.Count);
    }

    [Fact]
    public void Time_features_place_the_payment_on_the_day_and_the_week()
    {
        // 2024-01-03 was a Wednesday: weekday 2 (Monday 0). 18:00 is three quarters round the day: sin -1, cos 0.
        var at = new DateTime(2024, 1, 3, 18, 0, 0);
        using var store = FeatureStore.OpenSqlite(Path.Combine(Path.GetTempPath(), "payment-vector-" + Guid.NewGuid().ToString("N"), "f.db"));
        var payment = Payment("Shopping", 99.00m, at);
        var vector = PaymentFeatureVector.Compose(payment, store.GetOnlineFeatures(payment));
        float Value(string name) => vector[PaymentFeatureVector.Names.ToList().IndexOf(name)];

        Assert.Equal(99f, Value(PaymentFeatureVector.Amount));
        Assert.Equal((float)Math.Log(100), Value(PaymentFeatureVector.LogAmount), 5);
        Assert.Equal(18f, Value(PaymentFeatureVector.Hour));
        Assert.Equal(2f, Value(PaymentFeatureVector.Weekday));
        Assert.Equal(3f, Value(PaymentFeatureVector.DayOfMonth));
        Assert.Equal(1f, Value(PaymentFeatureVector.Month));
        Assert.Equal(-1f, Value(PaymentFeatureVector.HourSin), 5);
        Assert.Equal(0f, Value(PaymentFeatureVector.HourCos), 5);
        // An empty store knows nothing of the parties: counts 0, the rest missing.
        Assert.Equal(0f, Value(TransactionFeatureNames.ReceiverTxnCount));
        Assert.True(float.IsNaN(Value(TransactionFeatureNames.ReceiverAmountMean)));
    }

    [Fact]
    public void Category_means_come_from_the_given_rows_only()
    {
        // Shopping: (10 + 30) / 2 = 20; Taxes: 1000; every other category has no rows.
        var means = CategoryAmountMeans.Fit(
        [
            Payment("Shopping", 10m, new DateTime(2024, 1, 1)),
            Payment("Shopping", 30m, new DateTime(2024, 1, 2)),
            Payment("Taxes", 1000m, new DateTime(2024, 1, 3)),
        ]);

        Assert.Equal(20, means.Means[3]);
        Assert.Equal(1000, means.Means[15]);
        Assert.True(double.IsNaN(means.Means[0]));
        Assert.Throws<ArgumentException>(() => CategoryAmountMeans.Fit([Payment("Groceries", 1m, DateTime.MinValue)]));
    }

    [Fact]
    public void The_baseline_measures_the_amount_against_each_category_mean_and_keeps_ids_as_numbers()
    {
        var means = new CategoryAmountMeans([.. Enumerable.Range(0, 19).Select(c => 10.0 * c)]);
        var payment = Payment("Home", 35m, new DateTime(2024, 7, 14, 9, 30, 0));

        var vector = BaselineFeatureVector.Compose(payment, means);

        // |35 - 0| = 35 for category 0, |35 - 30| = 5 for category 3, |35 - 180| = 145 for category 18.
        Assert.Equal(35f, vector[8]);
        Assert.Equal(5f, vector[8 + 3]);
        Assert.Equal(145f, vector[8 + 18]);
        Assert.Equal([35f, 7f, 14f, 9f, 30f, 6f], vector[..6]);
        // 1000000000000001 & 0xFFFFFF: 10^15 = 0x38D7EA4C68000, whose low 24 bits are 0xC68000 = 13,008,896; plus 1.
        Assert.Equal(13_008_897f, vector[6]);
    }
}
