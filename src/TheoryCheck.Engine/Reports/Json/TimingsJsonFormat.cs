using TheoryCheck.Engine.Reports.Model;

namespace TheoryCheck.Engine.Reports.Json;

/// <summary><c>timings.json</c>: the start date, wall time and per-claim work times, kept out of results.json.</summary>
public sealed class TimingsJsonFormat : IReportWriter
{
    public string Format => "timings";
    public string Description => "start date, wall time and seconds per claim";
    public string? FileName => "timings.json";
    public string Write(RunReport report) => ResultsJsonWriter.WriteTimings(report);
}
