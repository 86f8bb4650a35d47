using Solutions.PaymentClassification.Serving;

namespace Solutions.PaymentClassification.Tests.Serving;

public sealed class FeatureStoreLocationTests
{
    [Fact]
    public void A_connection_string_is_postgres_and_the_manifest_never_sees_its_password()
    {
        var location = FeatureStoreLocation.Parse("Host=127.0.0.1;Database=payment_features;Username=payment;Password=secret");

        Assert.True(location.IsPostgres);
        Assert.Equal("postgres", location.Backend);
        Assert.DoesNotContain("secret", location.ForManifest());
        Assert.Contains("Database=payment_features", location.ForManifest());
    }

    [Fact]
    public void Anything_else_is_a_sqlite_file_made_absolute()
    {
        var location = FeatureStoreLocation.Parse("artifacts/payment/features.db");

        Assert.False(location.IsPostgres);
        Assert.Equal(Path.GetFullPath("artifacts/payment/features.db"), location.Location);
    }
}
