using Solutions.PaymentClassification.Data;
using Solutions.PaymentClassification.Features.Groups;

namespace Solutions.PaymentClassification.Features;

/// <summary>Checks transactions and converts them to the store's numeric form, naming the row and field at fault.</summary>
internal static class EventConversion
{
    private const int IdDigits = 16;

    private static readonly Dictionary<string, int> CategoryIndex =
        TransactionCategories.All.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);

    /// <summary>Numbers identical payments within the batch (0, 1, ...) so the natural key stays unique.</summary>
    public static List<StoredEvent> ToStoredEvents(IEnumerable<LabelledTransaction> transactions)
    {
        var events = new List<StoredEvent>();
        var seen = new Dictionary<(long, long, long, long), int>();
        var row = 0;
        foreach (var t in transactions)
        {
            if (t is null) throw new ArgumentException($"transaction {row}: is null", nameof(transactions));
            var (sender, receiver, time) = Entities(t, row);
            var cents = Cents(t.Amount, row);
            if (!CategoryIndex.TryGetValue(t.Category, out var category))
            {
                throw new ArgumentException(
                    $"transaction {row}: field {nameof(LabelledTransaction.Category)} ({LabelledTransaction.LabelColumn}): " +
                    $"'{t.Category}' is not one of {string.Join(", ", TransactionCategories.All)}", nameof(transactions));
            }

            var key = (sender, receiver, time, cents);
            seen.TryGetValue(key, out var occurrence);
            seen[key] = occurrence + 1;
            events.Add(new StoredEvent(sender, receiver, time, cents, occurrence, category));
            row++;
        }

        return events;
    }

    public static Storage.PointInTimeQuery ToQuery(Transaction transaction, int row)
    {
        if (transaction is null) throw new ArgumentException($"transaction {row}: is null", nameof(transaction));
        var (sender, receiver, time) = Entities(transaction, row);
        return new Storage.PointInTimeQuery(sender, receiver, time);
    }

    public static long ParseId(string? id, string field, int row)
    {
        if (id is null || id.Length != IdDigits || id.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException($"transaction {row}: field {field}: expected {IdDigits} digits, got '{id}'", field);
        }

        return long.Parse(id, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static (long Sender, long Receiver, long Time) Entities(Transaction t, int row) => (
        ParseId(t.SenderId, nameof(Transaction.SenderId), row),
        ParseId(t.ReceiverId, nameof(Transaction.ReceiverId), row),
        t.Timestamp.Ticks);

    private static long Cents(decimal amount, int row)
    {
        var cents = amount * 100;
        if (cents != decimal.Truncate(cents) || Math.Abs(cents) > long.MaxValue / 2)
        {
            throw new ArgumentException(
                $"transaction {row}: field {nameof(Transaction.Amount)}: expected an amount with at most two decimals, got {amount}",
                nameof(Transaction.Amount));
        }

        return (long)cents;
    }
}
