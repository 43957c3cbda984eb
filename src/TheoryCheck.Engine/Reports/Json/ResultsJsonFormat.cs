using TheoryCheck.Engine.Reports.Model;

namespace TheoryCheck.Engine.Reports.Json;

/// <summary><c>results.json</c> (<see cref="ResultsJsonWriter"/>): every number of the run, deterministic; what <c>merge</c> reads back.</summary>
public sealed class ResultsJsonFormat : IReportWriter
{
    public string Format => "json";
    public string Description => "every number of the run (schema " + ResultsJsonWriter.Schema + "), deterministic";
    public string? FileName => "results.json";
    public string Write(RunReport report) => ResultsJsonWriter.Write(report);
}
