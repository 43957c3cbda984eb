using TheoryCheck.Engine.Reports.Model;

namespace TheoryCheck.Engine.Reports.Markdown;

/// <summary><c>summary.md</c> (<see cref="MarkdownSummaryWriter"/>): the claims table and the details of failing claims.</summary>
public sealed class MarkdownFormat : IReportWriter
{
    public string Format => "markdown";
    public string Description => "claims table with decisive numbers and the failing claims' details, linking to report.html";
    public string? FileName => "summary.md";
    public string Write(RunReport report) => MarkdownSummaryWriter.Write(report);
}
