using System.Runtime.CompilerServices;

// The tests reach FeatureStore.IngestCheckpoint to interrupt an ingest half-way.
[assembly: InternalsVisibleTo("PaymentClassification.Tests")]
