using TheoryCheck.Engine.Reports.Model;

namespace TheoryCheck.Engine.Reports.JUnit;

/// <summary><c>junit.xml</c> (<see cref="JUnitWriter"/>): one testcase per claim, for CI test viewers.</summary>
public sealed class JUnitFormat : IReportWriter
{
    public string Format => "junit";
    public string Description => "one JUnit testcase per claim, grouped by paper";
    public string? FileName => "junit.xml";
    public string Write(RunReport report) => JUnitWriter.Write(report);
}
