using TheoryCheck.Engine.Reports.Model;

namespace TheoryCheck.Engine.Reports;

/// <summary>
/// A report format: a registered extension, found by <see cref="ReportFormats"/> like a solver is (any public
/// non-abstract implementation with a parameterless constructor, in the Engine or a plug-in assembly). Each built-in
/// format lives in its own folder under <c>Reports/</c>; adding one touches that folder and its tests only.
/// </summary>
public interface IReportWriter
{
    /// <summary>Its name for <c>--format</c> (e.g. <c>json</c>, <c>html</c>, <c>csv</c>): lower case, unique.</summary>
    string Format { get; }

    /// <summary>One line saying what it holds, for <c>--help</c>.</summary>
    string Description { get; }

    /// <summary>
    /// The file it writes in a report folder (<c>--report DIR</c>), unique among the formats; null for a format that is
    /// only printed (the console summary, GitHub annotations).
    /// </summary>
    string? FileName { get; }

    /// <summary>The whole report in this format: the same text for the same report.</summary>
    string Write(RunReport report);
}
