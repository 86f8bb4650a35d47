using System.Text;
using Solutions.Shared.Serving.Buffers;
using Solutions.Shared.Serving.Requests;
using Solutions.Shared.Serving.Tests.Fakes;

namespace Solutions.Shared.Serving.Tests.Documents;

/// <summary><see cref="InvocationProcessor"/> over a document model, without HTTP, as a multi-model host uses it.</summary>
public sealed class DocumentProcessorTests
{
    [Fact]
    public void Processes_a_document_and_keeps_the_model()
    {
        var predictor = new MeasuringDocumentPredictor();
        var processor = InvocationProcessor.Create(predictor);
        using var output = new PooledBuffer(16);

        var contentType = processor.Process(
            new InvocationRequest(new byte[] { 0xFF, 0xD8, 0xFF }, "image/jpeg", "text/csv", CustomAttributes: "k=v"), output);

        Assert.Same(predictor, processor.Model);
        Assert.Equal("text/csv", contentType);
        // Three bytes, JPEG, attributes as sent.
        Assert.Equal("3,image/jpeg,k=v\n", Encoding.UTF8.GetString(output.WrittenSpan));
    }

    [Fact]
    public void Refuses_with_the_status_before_the_model_is_called()
    {
        var predictor = new MeasuringDocumentPredictor();
        var processor = InvocationProcessor.Create(predictor);
        using var output = new PooledBuffer(16);

        var refused = Assert.Throws<InvocationRejectedException>(
            () => processor.Process(new InvocationRequest(new byte[] { 1 }, "image/gif"), output));

        Assert.Equal(415, refused.StatusCode);
        Assert.Null(predictor.Last);
        Assert.Equal(0, output.Count);
    }

    [Fact]
    public void Explanations_are_ignored_for_documents()
    {
        var processor = InvocationProcessor.Create(new MeasuringDocumentPredictor());
        using var output = new PooledBuffer(16);

        // A value the tabular path would refuse with 400: document models have no explanations to switch on.
        var contentType = processor.Process(new InvocationRequest(new byte[] { 1 }, "image/png", "text/csv", EnableExplanations: "not jmespath ["), output);

        Assert.Equal("text/csv", contentType);
    }

    [Fact]
    public void A_declared_type_that_is_not_a_media_type_is_refused_at_creation()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => InvocationProcessor.Create(new OddTypes()));

        Assert.Equal("OddTypes.AcceptTypes holds 'json', which is not a media type such as image/png", refused.Message);
    }

    private sealed class OddTypes : IDocumentPredictor
    {
        public IReadOnlyList<string> ContentTypes { get; } = ["application/zip"];

        public IReadOnlyList<string> AcceptTypes { get; } = ["application/json", "json"];

        public DocumentResponse Predict(DocumentRequest request) => throw new NotSupportedException();
    }
}
