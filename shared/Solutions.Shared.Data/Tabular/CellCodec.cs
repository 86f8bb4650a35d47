namespace Solutions.Shared.Data.Tabular;

/// <summary>Parses a cell's text into <typeparamref name="TValue"/>; returns null or the problem in words.</summary>
internal delegate string? CellParse<TValue>(CellParser parser, string text, out TValue value);

/// <summary>How one property type is read from and written to CSV text.</summary>
/// <param name="Kind">The schema kind the type maps to.</param>
/// <param name="Expected">A noun for <see cref="DataError.Expected"/>, e.g. "number".</param>
/// <param name="Optional">Whether the column may be absent and its values empty (nullable types).</param>
/// <param name="Parse">Reads non-blank text (blank text is handled by the column binding).</param>
/// <param name="Format">Writes a value in invariant culture, so that parsing it gives the value back.</param>
internal sealed record CellCodec<TValue>(
    ColumnKind Kind,
    string Expected,
    bool Optional,
    CellParse<TValue> Parse,
    Func<TValue, string> Format);
