using System.Globalization;
using Solutions.Shared.Data.Tabular;

namespace Solutions.ChurnPrediction.Data;

/// <summary>
/// A customer as a row of values in the input schema's column order: the form the serving contract and
/// permutation importance work with.
/// </summary>
public static class CustomerValues
{
    /// <summary>The input schema: the CSV columns of <see cref="ChurnCustomer"/>, without the label.</summary>
    public static TabularSchema Schema { get; } = TabularSchema.For<ChurnCustomer>();

    /// <summary>The values of <paramref name="customer"/> in <see cref="Schema"/> order.</summary>
    public static object?[] ToRow(ChurnCustomer customer) =>
    [
        customer.State, (long)customer.AccountLength, customer.AreaCode, customer.InternationalPlan,
        customer.VoiceMailPlan, (long)customer.VoiceMailMessages, customer.DayMinutes, (long)customer.DayCalls,
        customer.DayCharge, customer.EveningMinutes, (long)customer.EveningCalls, customer.EveningCharge,
        customer.NightMinutes, (long)customer.NightCalls, customer.NightCharge, customer.InternationalMinutes,
        (long)customer.InternationalCalls, customer.InternationalCharge, (long)customer.CustomerServiceCalls,
    ];

    /// <summary>A customer from values in <see cref="Schema"/> order, as the serving contract parses them.</summary>
    public static ChurnCustomer FromRow(object?[] row)
    {
        if (row.Length != Schema.Columns.Count)
        {
            throw new ArgumentException($"A customer has {Schema.Columns.Count} values; this row has {row.Length}.");
        }
        var i = 0;
        return new ChurnCustomer
        {
            State = Text(row[i++]),
            AccountLength = Whole(row[i++]),
            AreaCode = Text(row[i++]),
            InternationalPlan = Flag(row[i++]),
            VoiceMailPlan = Flag(row[i++]),
            VoiceMailMessages = Whole(row[i++]),
            DayMinutes = Number(row[i++]),
            DayCalls = Whole(row[i++]),
            DayCharge = Number(row[i++]),
            EveningMinutes = Number(row[i++]),
            EveningCalls = Whole(row[i++]),
            EveningCharge = Number(row[i++]),
            NightMinutes = Number(row[i++]),
            NightCalls = Whole(row[i++]),
            NightCharge = Number(row[i++]),
            InternationalMinutes = Number(row[i++]),
            InternationalCalls = Whole(row[i++]),
            InternationalCharge = Number(row[i++]),
            CustomerServiceCalls = Whole(row[i]),
        };
    }

    // Values arrive already typed by the schema; a number may come as long or double from JSON.
    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    private static int Whole(object? value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);

    private static double Number(object? value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private static bool Flag(object? value) => Convert.ToBoolean(value, CultureInfo.InvariantCulture);
}
