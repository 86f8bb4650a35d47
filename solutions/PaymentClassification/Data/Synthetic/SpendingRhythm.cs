namespace Solutions.PaymentClassification.Data.Synthetic;

/// <summary>Relative payment volume by hour of day (0-23) and by weekday (Monday first).</summary>
internal sealed record SpendingRhythm(string Name, IReadOnlyList<double> Hours, IReadOnlyList<double> Weekdays)
{
    /// <summary>Shops: opening hours, busiest late afternoon and Saturday.</summary>
    public static SpendingRhythm Retail { get; } = new(nameof(Retail),
        [0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.6, 1, 2, 3, 3.5, 4, 4, 3.5, 3.5, 4, 4.5, 4.5, 4, 3, 2, 1.2, 0.5],
        [1, 1, 1, 1.1, 1.3, 1.5, 0.8]);

    /// <summary>Eating: breakfast, a lunch peak and a dinner peak; more at weekends.</summary>
    public static SpendingRhythm Meals { get; } = new(nameof(Meals),
        [0.3, 0.15, 0.1, 0.05, 0.05, 0.1, 0.4, 1.2, 1.5, 0.8, 0.6, 2, 5, 4.5, 1.5, 0.8, 0.8, 1.5, 4, 5, 4, 2, 1, 0.6],
        [0.9, 0.9, 1, 1.1, 1.4, 1.5, 1.2]);

    /// <summary>Going out: evenings, Friday and Saturday.</summary>
    public static SpendingRhythm Evening { get; } = new(nameof(Evening),
        [1.2, 0.6, 0.3, 0.1, 0.05, 0.05, 0.1, 0.2, 0.3, 0.4, 0.6, 0.8, 1, 1, 1.1, 1.2, 1.5, 2, 3, 4, 5, 5, 4, 2.5],
        [0.7, 0.7, 0.8, 1, 1.5, 1.7, 1.2]);

    /// <summary>Gambling: late evening into the small hours.</summary>
    public static SpendingRhythm Nightlife { get; } = new(nameof(Nightlife),
        [4, 3.5, 2.5, 1.5, 0.6, 0.3, 0.2, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 0.8, 0.9, 1, 1.2, 1.6, 2.2, 3, 3.8, 4.2, 4.5, 4.5],
        [0.8, 0.8, 0.9, 1, 1.4, 1.6, 1.3]);

    /// <summary>Paperwork: weekday mornings, little at weekends.</summary>
    public static SpendingRhythm Office { get; } = new(nameof(Office),
        [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.5, 2, 4, 5, 4.5, 3.5, 2, 2.5, 2.5, 2, 1.5, 1, 0.6, 0.4, 0.4, 0.3, 0.2, 0.1],
        [1.2, 1.1, 1.1, 1.1, 1, 0.15, 0.1]);

    /// <summary>Transport: morning and evening rush hours on weekdays.</summary>
    public static SpendingRhythm Commute { get; } = new(nameof(Commute),
        [0.2, 0.1, 0.05, 0.05, 0.1, 0.5, 2, 4.5, 5, 2.5, 1.5, 1.5, 1.8, 1.5, 1.5, 2.2, 3.5, 4.5, 4, 2.5, 1.5, 1, 0.6, 0.4],
        [1.15, 1.15, 1.15, 1.15, 1.1, 0.75, 0.55]);

    /// <summary>Services and appointments: business hours, closed Sunday.</summary>
    public static SpendingRhythm Daytime { get; } = new(nameof(Daytime),
        [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.4, 1, 2, 3, 3.5, 3.5, 3, 3, 3.5, 3.5, 3.5, 3.5, 3, 2, 1.2, 0.7, 0.4, 0.2],
        [1, 1, 1, 1, 1.1, 1.2, 0.4]);

    /// <summary>Travel bookings: all day, most in the evening, a Friday bump.</summary>
    public static SpendingRhythm Booking { get; } = new(nameof(Booking),
        [0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 1.2, 1.8, 2, 2.2, 2.3, 2.3, 2.3, 2.2, 2.2, 2.3, 2.5, 2.6, 2.8, 3, 3.2, 3, 2, 1],
        [1, 0.9, 0.9, 1, 1.3, 1.2, 1.1]);

    /// <summary>Bank charges: booked by the overnight batch, any day.</summary>
    public static SpendingRhythm Overnight { get; } = new(nameof(Overnight),
        [12, 10, 6, 2, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1],
        [1, 1, 1, 1, 1, 1, 1]);
}
