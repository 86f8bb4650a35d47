namespace Solutions.PriceOptimization.Data;

/// <summary>Daily histories of several products, as loaded from one file.</summary>
/// <param name="Source">The file name, for messages.</param>
/// <param name="Products">One history per product, in order of first appearance in the file.</param>
public sealed record PriceHistory(string Source, IReadOnlyList<ProductHistory> Products)
{
    public ProductHistory this[string product] =>
        Products.FirstOrDefault(p => string.Equals(p.Product, product, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException(
            $"no product '{product}' in {Source} (products: {string.Join(", ", Products.Select(p => p.Product))})", nameof(product));

    public int Rows => Products.Sum(p => p.Days.Count);

    /// <summary>Every observation, product after product.</summary>
    public IEnumerable<PriceObservation> All => Products.SelectMany(p => p.Days);
}
