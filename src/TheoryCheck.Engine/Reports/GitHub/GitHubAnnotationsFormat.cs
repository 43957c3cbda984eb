using TheoryCheck.Engine.Reports.Model;

namespace TheoryCheck.Engine.Reports.GitHub;

/// <summary>GitHub Actions <c>::error</c> annotations (<see cref="GitHubAnnotations"/>); printed only, no file.</summary>
public sealed class GitHubAnnotationsFormat : IReportWriter
{
    public string Format => "github";
    public string Description => "GitHub Actions error annotations at the failing specs' lines";
    public string? FileName => null;
    public string Write(RunReport report) => GitHubAnnotations.Write(report);
}
