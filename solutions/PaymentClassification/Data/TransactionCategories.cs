namespace Solutions.PaymentClassification.Data;

/// <summary>The 19 spending categories of the public solution, in its order.</summary>
public static class TransactionCategories
{
    public static IReadOnlyList<string> All { get; } =
    [
        "Uncategorized", "Entertainment", "Education", "Shopping", "Personal Care", "Health and Fitness",
        "Food and Dining", "Gifts and Donations", "Investments", "Bills and Utilities", "Auto and Transport",
        "Travel", "Fees and Charges", "Business Services", "Personal Services", "Taxes", "Gambling", "Home",
        "Pension and insurances",
    ];
}
