using TheoryCheck.Engine.Reports;
using TheoryCheck.Engine.Reports.Csv;

namespace TheoryCheck.Tests.Reports.Csv;

/// <summary>results.csv: one row per claim × check with its verdict and decisive number; registered like every format.</summary>
public class CsvFormatTests
{
    [Fact]
    public void Results_csv_matches_its_verified_file()
    {
        var csv = new CsvFormat().Write(SampleReport.Build());
        VerifiedFile.Verify(csv, "sample-results", "csv");
    }

    [Fact]
    public void Every_check_is_a_row_and_a_claim_without_checks_still_has_one()
    {
        var report = SampleReport.Build();
        var rows = new CsvFormat().Write(report).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        rows[0].Should().Be(CsvFormat.Header);
        rows.Should().Contain("demo.bound,demo,not reproduced,bound,12,fail,worst-slack,-0.04,mismatch");
        foreach (var claim in report.Claims)
            rows.Count(r => r.StartsWith(claim.Id + ",", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(Math.Max(1, claim.Checks.Count));
    }

    [Fact]
    public void Is_registered_by_its_folder_alone_and_chosen_by_name()
    {
        ReportFormats.Default.Find("csv").Should().BeOfType<CsvFormat>();
        ReportFormats.Default.Files.Select(f => f.FileName).Should().Contain("results.csv");
    }
}
