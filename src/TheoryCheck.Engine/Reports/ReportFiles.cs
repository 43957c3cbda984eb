using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Reports.Html;
using TheoryCheck.Engine.Reports.Model;

namespace TheoryCheck.Engine.Reports;

/// <summary>The files <c>--report DIR</c> holds, written from one report model by <c>run</c> and by <c>merge</c> alike.</summary>
public static class ReportFiles
{
    public static readonly string[] Names = ["results.json", "timings.json", "summary.md", "junit.xml", MarkdownSummaryWriter.HtmlReportFile];

    public static void WriteAll(RunReport report, string dir)
    {
        Directory.CreateDirectory(dir);
        GoldenFile.WriteAtomic(Path.Combine(dir, "results.json"), ResultsJsonWriter.Write(report));
        GoldenFile.WriteAtomic(Path.Combine(dir, "timings.json"), ResultsJsonWriter.WriteTimings(report));
        GoldenFile.WriteAtomic(Path.Combine(dir, "summary.md"), MarkdownSummaryWriter.Write(report));
        GoldenFile.WriteAtomic(Path.Combine(dir, "junit.xml"), JUnitWriter.Write(report));
        GoldenFile.WriteAtomic(Path.Combine(dir, MarkdownSummaryWriter.HtmlReportFile), HtmlReportWriter.Write(report));
    }
}
