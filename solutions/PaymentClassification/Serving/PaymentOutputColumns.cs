using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Features;
using Solutions.Shared.Data.Tabular;

namespace Solutions.PaymentClassification.Serving;

/// <summary>The names of a prediction's values: the category, its probability, then one probability per category.</summary>
public static class PaymentOutputColumns
{
    public const string Category = "category";
    public const string Probability = "probability";

    /// <summary>Prefix of the per-category probabilities, e.g. <c>p_food_and_dining</c>.</summary>
    public const string CategoryProbabilityPrefix = "p_";

    /// <summary>The per-category probability columns, in <see cref="TransactionCategories.All"/> order.</summary>
    public static IReadOnlyList<string> PerCategory { get; } =
        [.. TransactionCategories.All.Select(c => TransactionFeatureNames.ForCategory(CategoryProbabilityPrefix, c))];

    /// <summary>Every output column, in CSV order.</summary>
    public static IReadOnlyList<string> All { get; } = [Category, Probability, .. PerCategory];

    /// <summary>The output schema recorded in the bundle's manifest.</summary>
    public static IReadOnlyList<ColumnSpec> Schema { get; } =
        [new(Category, ColumnKind.Text), new(Probability, ColumnKind.Number), .. PerCategory.Select(c => new ColumnSpec(c, ColumnKind.Number))];
}
