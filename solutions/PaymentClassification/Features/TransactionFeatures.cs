using Solutions.PaymentClassification.Data;

namespace Solutions.PaymentClassification.Features;

/// <summary>
/// The store's features of one transaction, as of just before it happened (offline) or as of now (online).
/// <see cref="Values"/> is the model's feature vector, named by <see cref="TransactionFeatureNames.All"/>; the
/// properties read the same vector by name.
/// </summary>
public sealed class TransactionFeatures : IEquatable<TransactionFeatures>
{
    private static readonly Dictionary<string, int> IndexByName =
        TransactionFeatureNames.All.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);

    private readonly float[] _values;

    internal TransactionFeatures(float[] values)
    {
        if (values.Length != TransactionFeatureNames.All.Count)
        {
            throw new ArgumentException(
                $"expected {TransactionFeatureNames.All.Count} feature values, got {values.Length}", nameof(values));
        }

        _values = values;
    }

    /// <summary>The number of features: the length of <see cref="Values"/>.</summary>
    public static int Count => TransactionFeatureNames.All.Count;

    public IReadOnlyList<float> Values => _values;

    public float this[string name] => IndexByName.TryGetValue(name, out var i)
        ? _values[i]
        : throw new KeyNotFoundException($"no feature named '{name}'; see {nameof(TransactionFeatureNames)}.{nameof(TransactionFeatureNames.All)}");

    public float ReceiverTxnCount => this[TransactionFeatureNames.ReceiverTxnCount];

    public float ReceiverAmountMean => this[TransactionFeatureNames.ReceiverAmountMean];

    public float ReceiverAmountStd => this[TransactionFeatureNames.ReceiverAmountStd];

    public float ReceiverHoursSinceLast => this[TransactionFeatureNames.ReceiverHoursSinceLast];

    public float SenderTxnCount => this[TransactionFeatureNames.SenderTxnCount];

    public float SenderLastCategory => this[TransactionFeatureNames.SenderLastCategory];

    public float PairTxnCount => this[TransactionFeatureNames.PairTxnCount];

    public float PairHoursSinceLast => this[TransactionFeatureNames.PairHoursSinceLast];

    /// <summary>The share of the receiver's earlier transactions in <paramref name="category"/>.</summary>
    public float ReceiverShare(string category) =>
        this[TransactionFeatureNames.ForCategory(TransactionFeatureNames.ReceiverSharePrefix, category)];

    /// <summary>The share of the sender's earlier transactions in <paramref name="category"/>.</summary>
    public float SenderShare(string category) =>
        this[TransactionFeatureNames.ForCategory(TransactionFeatureNames.SenderSharePrefix, category)];

    /// <summary>The amount's log-scale z-score against <paramref name="category"/>'s earlier amounts.</summary>
    public float AmountLogZ(string category) =>
        this[TransactionFeatureNames.ForCategory(TransactionFeatureNames.AmountLogZPrefix, category)];

    /// <summary>A copy of the vector, for an ML.NET input row.</summary>
    public float[] ToArray() => (float[])_values.Clone();

    /// <summary>Equal when every value is equal, NaN counting as equal to NaN (a missing value).</summary>
    public bool Equals(TransactionFeatures? other) =>
        other is not null && _values.AsSpan().SequenceEqual(other._values);

    public override bool Equals(object? obj) => Equals(obj as TransactionFeatures);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var v in _values) hash.Add(v);
        return hash.ToHashCode();
    }

    public override string ToString() => string.Join(", ",
        TransactionFeatureNames.All.Select((name, i) => $"{name}={_values[i]}"));

    internal static int IndexOf(string name) => IndexByName[name];

    internal static int IndexOfCategory(string prefix, int category) =>
        IndexByName[TransactionFeatureNames.ForCategory(prefix, TransactionCategories.All[category])];
}
