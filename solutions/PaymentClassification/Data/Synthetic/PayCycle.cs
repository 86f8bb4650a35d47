namespace Solutions.PaymentClassification.Data.Synthetic;

/// <summary>How a category's payments spread over the days of a month.</summary>
internal enum PayCycle
{
    /// <summary>Evenly.</summary>
    None,

    /// <summary>Due on the first days of the month: bills, rent-like insurances, taxes, fees.</summary>
    MonthStart,

    /// <summary>Right after the usual paydays (25th-28th, 1st): savings and investments.</summary>
    AfterPayday,

    /// <summary>Somewhat more around payday, somewhat less just before it: shopping, going out.</summary>
    Discretionary,
}
