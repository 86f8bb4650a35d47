namespace Solutions.PaymentClassification.Data.Synthetic;

/// <summary>
/// The generator's one table of categories. Shares follow the public data's class mix (Shopping 34%, Auto and
/// Transport 19%, Entertainment 15%, Food and Dining 10%, down to Gambling 0.2%); the smaller shares between are
/// ours, chosen so the 19 sum to 1. Mean amounts follow the public data where it gave them (Investments 6,000,
/// Taxes 2,900, Education 850, Home 780, Shopping 100, Personal Care 31, Fees 27); the others are ours. Spreads
/// are wide enough that neighbouring categories' amounts overlap.
/// </summary>
public static class CategoryProfiles
{
    private const string Uncategorized = "Uncategorized", Entertainment = "Entertainment", Education = "Education",
        Shopping = "Shopping", PersonalCare = "Personal Care", Health = "Health and Fitness", Food = "Food and Dining",
        Gifts = "Gifts and Donations", Investments = "Investments", Bills = "Bills and Utilities",
        Auto = "Auto and Transport", Travel = "Travel", Fees = "Fees and Charges", Business = "Business Services",
        PersonalServices = "Personal Services", Taxes = "Taxes", Gambling = "Gambling", Home = "Home",
        Pension = "Pension and insurances";

    /// <summary>All 19 categories, in the order of <see cref="TransactionCategories.All"/>.</summary>
    public static IReadOnlyList<CategoryProfile> All { get; } = InCanonicalOrder(
    [
        //  category            share  mean   spread adoption neighbour
        new(Shopping,           0.340,  100, 0.85, 1.00, Home) { Rhythm = SpendingRhythm.Retail, PayCycle = PayCycle.Discretionary, PeakMonths = [11, 12] },
        new(Auto,               0.190,   60, 0.75, 0.90, Travel) { Rhythm = SpendingRhythm.Commute },
        new(Entertainment,      0.150,   45, 0.70, 0.90, Food) { Rhythm = SpendingRhythm.Evening, PayCycle = PayCycle.Discretionary },
        new(Food,               0.100,   38, 0.60, 1.00, Shopping) { Rhythm = SpendingRhythm.Meals, PayCycle = PayCycle.Discretionary },
        new(Bills,              0.043,  180, 0.55, 0.95, Home) { Rhythm = SpendingRhythm.Office, PayCycle = PayCycle.MonthStart, PeakMonths = [1, 2, 12] },
        new(Health,             0.033,   70, 0.70, 0.70, PersonalCare) { PeakMonths = [1] },
        new(PersonalCare,       0.025,   31, 0.50, 0.80, Health),
        new(Travel,             0.020,  650, 0.85, 0.50, Auto) { Rhythm = SpendingRhythm.Booking, PayCycle = PayCycle.Discretionary, PeakMonths = [6, 7, 8] },
        new(Home,               0.018,  780, 0.90, 0.60, Shopping) { Rhythm = SpendingRhythm.Retail, PeakMonths = [4, 5] },
        new(Fees,               0.015,   27, 0.65, 0.80, Business) { Rhythm = SpendingRhythm.Overnight, PayCycle = PayCycle.MonthStart },
        new(Gifts,              0.012,   95, 0.80, 0.50, Shopping) { PeakMonths = [12] },
        new(Education,          0.010,  850, 0.70, 0.25, Business) { Rhythm = SpendingRhythm.Office, PayCycle = PayCycle.MonthStart, PeakMonths = [1, 9] },
        new(PersonalServices,   0.010,  120, 0.70, 0.40, PersonalCare),
        new(Business,           0.008,  320, 0.80, 0.25, PersonalServices) { Rhythm = SpendingRhythm.Office },
        new(Uncategorized,      0.008,   85, 1.00, 0.60, Shopping),
        new(Investments,        0.006, 6000, 0.90, 0.20, Pension) { Rhythm = SpendingRhythm.Office, PayCycle = PayCycle.AfterPayday },
        new(Pension,            0.006,  420, 0.55, 0.35, Investments) { Rhythm = SpendingRhythm.Office, PayCycle = PayCycle.MonthStart },
        new(Taxes,              0.004, 2900, 0.85, 0.20, Fees) { Rhythm = SpendingRhythm.Office, PayCycle = PayCycle.MonthStart, PeakMonths = [4] },
        new(Gambling,           0.002,  150, 1.00, 0.10, Entertainment) { Rhythm = SpendingRhythm.Nightlife, PayCycle = PayCycle.Discretionary },
    ]);

    /// <summary>The profile of <paramref name="category"/> (exact spelling).</summary>
    /// <exception cref="ArgumentException">Not one of the 19 categories.</exception>
    public static CategoryProfile Of(string category) =>
        All.FirstOrDefault(p => p.Category == category)
        ?? throw new ArgumentException($"'{category}' is not one of the 19 transaction categories.", nameof(category));

    // Checked once at start-up, so a typo in the table fails loudly instead of skewing the data.
    private static IReadOnlyList<CategoryProfile> InCanonicalOrder(CategoryProfile[] table)
    {
        var byName = table.ToDictionary(p => p.Category);
        var unknown = byName.Keys.Concat(table.Select(p => p.Neighbour)).Except(TransactionCategories.All).ToList();
        if (unknown.Count > 0 || byName.Count != TransactionCategories.All.Count)
        {
            throw new InvalidOperationException(
                $"The category table must list each of the 19 categories once; unknown: {string.Join(", ", unknown)}.");
        }
        var total = table.Sum(p => p.Share);
        if (Math.Abs(total - 1) > 1e-9)
        {
            throw new InvalidOperationException($"The category shares sum to {total}, not 1.");
        }
        return [.. TransactionCategories.All.Select(c => byName[c])];
    }
}
