using TheoryCheck.Engine.Reports.Model;

namespace TheoryCheck.Engine.Reports.ConsoleSummary;

/// <summary>The plain-text table a run prints (<see cref="ConsoleSummaryWriter"/>); printed only, no file.</summary>
public sealed class ConsoleSummaryFormat : IReportWriter
{
    public string Format => "text";
    public string Description => "the plain-text summary table and failure details (the default on stdout)";
    public string? FileName => null;
    public string Write(RunReport report) => ConsoleSummaryWriter.Write(report);
}
