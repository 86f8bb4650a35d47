using System.Globalization;
using System.Text;
using System.Text.Json;
using Solutions.LungSurvival.Serving;
using Solutions.Shared.Serving;
using Solutions.Shared.Serving.Requests;

namespace Solutions.LungSurvival.Tests.Serving;

[Collection(ServingCohortCollection.Name)]
public sealed class ArchiveSurvivalPredictorTests(ServingCohortFixture cohort)
{
    private ArchiveSurvivalPredictor OneStep => ArchiveSurvivalBundle.Load(cohort.ArchiveFolder).Predictor;

    [Fact]
    public void A_patient_zip_gets_the_probability_the_survival_model_gives_the_training_row()
    {
        var model = OneStep;
        // Expected: the in-memory model on each patient's row as training joined it from the cohort's three tables.
        var expected = cohort.Predictor.PredictProbabilities(cohort.Cohort.Patients);

        var answers = cohort.CaseIds.Select(caseId => ServingRequests.Invoke(model, cohort.Zip(caseId))).ToArray();

        var probabilities = answers.Select(answer =>
        {
            Assert.Equal(ServingContract.JsonMediaType, answer.ContentType);
            using var json = JsonDocument.Parse(answer.Body);
            return Assert.Single(json.RootElement.GetProperty("predictions").EnumerateArray()).GetProperty(SurvivalPredictor.ProbabilityOutput).GetDouble();
        });
        Assert.Equal(expected, probabilities);
    }

    [Fact]
    public void Asked_for_csv_it_answers_the_survival_model_s_csv()
    {
        var p = cohort.Predictor.PredictProbabilities([cohort.Cohort.Patients[2]])[0];

        var (contentType, body) = ServingRequests.Invoke(OneStep, cohort.Zip(cohort.CaseIds[2]), "text/csv");

        Assert.Equal("text/csv; charset=utf-8", contentType);
        var fields = body.TrimEnd('\n').Split(',');
        Assert.Equal(p, double.Parse(fields[0], CultureInfo.InvariantCulture));
        Assert.Equal(SurvivalPredictor.Status(p), fields[1]);
    }

    [Fact]
    public void A_zip_without_clinical_csv_or_with_a_category_never_seen_is_a_400()
    {
        var zip = cohort.Zip(cohort.CaseIds[0]);
        var clinical = PatientRequestArchive.ClinicalCsv(cohort.Layout, cohort.CaseIds[0]).Split('\n');
        var header = clinical[0].Split(',');
        var row = clinical[1].Split(',');
        // Gender is one-hot encoded from the values training saw; 'Unknown' is not one of them.
        var gender = Array.IndexOf(header, "Gender");
        row[gender] = "Unknown";
        var unseen = Encoding.UTF8.GetBytes(clinical[0] + "\n" + string.Join(',', row) + "\n");

        var noClinical = Assert.Throws<InvocationRejectedException>(() => ServingRequests.Invoke(OneStep, cohort.Zip(cohort.CaseIds[0], withClinical: false)));
        var unknown = Assert.Throws<InvocationRejectedException>(() => ServingRequests.Invoke(OneStep,
            ServingRequests.Rezip(zip, name => name != "clinical.csv", ("clinical.csv", unseen))));

        Assert.Equal((400, 400), (noClinical.StatusCode, unknown.StatusCode));
        Assert.StartsWith("request.zip: no clinical.csv; the survival model needs the patient's clinical and gene columns", noClinical.Message);
        Assert.StartsWith("request.zip: the survival model refused the patient's row:", unknown.Message);
        Assert.Contains("'Gender': 'Unknown' was not seen in training", unknown.Message);
    }

    [Fact]
    public void It_answers_what_the_radiomics_model_then_the_survival_model_answer_one_after_the_other()
    {
        var zip = cohort.Zip(cohort.CaseIds[3]);
        var radiomics = RadiomicsBundle.Load(cohort.RadiomicsFolder).Predictor;
        var survival = SurvivalBundle.Load(cohort.SurvivalFolder).Predictor;

        // The serial pipeline by hand: the radiomics model's answer, with its Content-Type, is the survival model's request.
        var (rowType, row) = ServingRequests.Invoke(radiomics, zip, "text/csv");
        using var output = new Solutions.Shared.Serving.Buffers.PooledBuffer(256);
        InvocationProcessor.Create(survival).Process(new InvocationRequest(Encoding.UTF8.GetBytes(row), rowType, "application/json"), output);

        Assert.Equal(Encoding.UTF8.GetString(output.WrittenSpan), ServingRequests.Invoke(OneStep, zip, "application/json").Body);
    }
}
