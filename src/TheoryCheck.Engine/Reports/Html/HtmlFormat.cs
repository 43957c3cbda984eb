using TheoryCheck.Engine.Reports.Model;

namespace TheoryCheck.Engine.Reports.Html;

/// <summary><c>report.html</c> (<see cref="HtmlReportWriter"/>): one offline page with plots, data and citations.</summary>
public sealed class HtmlFormat : IReportWriter
{
    public string Format => "html";
    public string Description => "one offline page: claims, plots, data, golden differences and the papers cited";
    public string? FileName => HtmlReportWriter.FileName;
    public string Write(RunReport report) => HtmlReportWriter.Write(report);
}
