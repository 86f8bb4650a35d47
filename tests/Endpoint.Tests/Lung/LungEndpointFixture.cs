using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Solutions.Endpoint.Configuration;
using Solutions.Endpoint.Containers;
using Solutions.Endpoint.Hosting;
using Solutions.Endpoint.Invocation;
using Solutions.Endpoint.Training;
using Solutions.LungSurvival.Cohort;
using Solutions.LungSurvival.Imaging.Phantom;
using Solutions.LungSurvival.Serving;
using Solutions.LungSurvival.Training;
using Solutions.LungSurvival.Training.Model;
using Solutions.LungSurvival.Training.Tables;
using Solutions.Shared.Data.IO;
using Solutions.Shared.Reporting.Progress;

namespace Solutions.Endpoint.Tests.Lung;

/// <summary>
/// The real host on a free loopback port serving <c>config/lung.json</c> as it is, its three bundles trained by
/// <see cref="MissingBundles"/> with the lung trainers kept tiny: <see cref="Patients"/> generated patients of 64 x 64 x 24
/// voxels and a 2-fold study of one logistic candidate. It also scores every patient directly, from the tables the study
/// joined, for the tests to compare the endpoints' answers with.
/// </summary>
public sealed class LungEndpointFixture : IAsyncLifetime
{
    public const int Patients = 10;
    public const int Seed = 5;

    private readonly string _root = Directory.CreateTempSubdirectory("endpoint-lung-").FullName;
    private WebApplication _app = null!;

    public string BaseUrl { get; private set; } = "";

    public HttpClient Client { get; } = new();

    public CohortLayout Cohort => new(Path.Combine(_root, "artifacts", "lung", LungBundleTrainer.TrainingFolderName, "cohort"));

    /// <summary>The patients in clinical.csv order.</summary>
    public IReadOnlyList<string> CaseIds { get; private set; } = [];

    /// <summary>P(Dead) per patient from <see cref="SurvivalPredictor"/> on the joined row computed directly.</summary>
    public IReadOnlyList<double> Expected { get; private set; } = [];

    public IReadOnlyList<string> Trained { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var config = HostConfigFile.Load(RepositoryRoot.Resolve("solutions", "Endpoint", "config", "lung.json"));
        var size = new VolumeSize(64, 64, 24);
        var study = new SurvivalStudyOptions(Folds: 2, Repeats: 1, Candidates: [ClassifierCandidate.Logistic(10)], PicturesLinked: 0);
        IBundleTrainer[] trainers = [LungBundleTrainer.Survival(Patients, size, study), LungBundleTrainer.Radiomics(), LungBundleTrainer.Archive(Patients, size, study)];
        Trained = MissingBundles.Train(config, container => ContainerFactory.BundleFolder(container, _root), trainers, Seed,
            new PlainProgressDisplay(TextWriter.Null));

        var joined = SurvivalCohortReader.Read(new SurvivalStudyInputs(Cohort.Clinical, Cohort.Genes, Path.Combine(_root, "artifacts", "lung", LungBundleTrainer.TrainingFolderName, "features", "radiomics.csv")));
        CaseIds = [.. joined.Patients.Select(p => p.CaseId)];
        Expected = SurvivalBundle.Load(Path.Combine(_root, "artifacts", "lung", "model")).Predictor.PredictProbabilities(joined.Patients);

        _app = EndpointHost.Build(config, new EndpointHostOptions
        {
            Port = 0,
            Address = IPAddress.Loopback,
            Loaders = SuiteSolutions.Loaders,
            DocumentLoaders = SuiteSolutions.DocumentLoaders,
            RepositoryRoot = _root,
        });
        await _app.StartAsync();
        BaseUrl = $"http://127.0.0.1:{LoopbackPort.Of(_app)}";
        for (var poll = 0; poll < 2000 && (await Client.GetAsync(BaseUrl + "/ping")).StatusCode != HttpStatusCode.OK; poll++)
        {
            await Task.Delay(5);
        }
    }

    /// <summary>A patient's request zip: CT, SEG and (unless told otherwise) clinical.csv with the genes.</summary>
    public byte[] Zip(string caseId, bool withClinical = true) => PatientRequestArchive.FromCohort(Cohort, caseId, withClinical);

    /// <summary>POSTs a zip to an endpoint, naming the target container when given.</summary>
    internal async Task<RuntimeAnswer> InvokeAsync(string endpoint, byte[] zip, string accept = "application/json", string? target = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{BaseUrl}/endpoints/{endpoint}/invocations") { Content = new ByteArrayContent(zip) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(RadiomicsDocumentPredictor.ZipMediaType);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (target is not null)
        {
            request.Headers.TryAddWithoutValidation(RuntimeHeaders.TargetContainerHostname, target);
        }
        return await RuntimeAnswer.ReadAsync(await Client.SendAsync(request));
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
