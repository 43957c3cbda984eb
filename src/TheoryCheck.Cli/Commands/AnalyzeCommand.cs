using System.CommandLine;
using Microsoft.Extensions.Logging;
using TheoryCheck.Cli.CommandLine;
using TheoryCheck.Papers.Mahoney.Analysis;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Cli.Commands;

/// <summary>
/// <c>theorycheck analyze FILE...</c>: the HT-SR metrics of weight matrices in .npy or CSV files, as a table or as
/// JSON. Every file is read and checked first; any unreadable or unsupported file is reported (all of them, each
/// with its name) through the input-error path, exit 4, and nothing is printed on stdout.
/// </summary>
public sealed class AnalyzeCommand : ICliCommand
{
    private readonly Argument<string[]> _files = new("files") { Description = "weight-matrix files", Arity = ArgumentArity.OneOrMore };
    private readonly Option<string> _format = SharedOptions.TextOrJson("the metrics");

    public Command Command { get; }

    public AnalyzeCommand()
    {
        SharedOptions.RefuseUnknownOptions(_files);
        Command = new Command("analyze", "HT-SR metrics of weight matrices (.npy or CSV)") { _files, _format };
    }

    public int Execute(CommandContext ctx, ParseResult p) => Execute(ctx, p.GetValue(_files)!, p.GetValue(_format) == "json");

    /// <param name="ctx">Output, logger and the Ctrl+C token.</param>
    /// <param name="files">The weight-matrix files.</param>
    /// <param name="json">JSON instead of text.</param>
    /// <param name="analyze">The analysis of one matrix (default <see cref="WeightMatrixAnalyzer.Analyze"/>; a test passes one
    /// that blocks, to interrupt it at a known moment whatever the machine's speed).</param>
    public static int Execute(CommandContext ctx, IReadOnlyList<string> files, bool json, Func<WeightMatrix, WeightMatrixReport>? analyze = null)
    {
        analyze ??= WeightMatrixAnalyzer.Analyze;
        var matrices = new List<WeightMatrix>();
        var errors = new List<SpecError>();
        foreach (var file in files)
        {
            ctx.Cancellation.ThrowIfCancellationRequested();
            try { matrices.Add(WeightMatrix.Load(file)); }
            catch (MatrixFileException e) { errors.Add(new SpecError(e.File, e.Line, e.Column, e.Reason)); }
        }
        if (errors.Count > 0) throw new SpecException(errors);

        var backend = Numerics.LinearAlgebra.Dense.Backend.Name;
        if (Numerics.LinearAlgebra.BackendSelector.LastWarning is { } warning) ctx.Logger.LogWarning("{Warning}", warning);
        var reports = new List<WeightMatrixReport>();
        foreach (var m in matrices)
        {
            ctx.Cancellation.ThrowIfCancellationRequested();
            // One matrix's SVD can take minutes and does not poll: it runs on a worker that Ctrl+C abandons (the wait
            // throws at once; nothing has been written, the report goes out only after the last matrix).
            try { reports.Add(Task.Run(() => analyze(m)).WaitAsync(ctx.Cancellation).GetAwaiter().GetResult()); }
            catch (MatrixFileException e) { errors.Add(new SpecError(e.File, e.Line, e.Column, e.Reason)); }
        }
        if (errors.Count > 0) throw new SpecException(errors);

        ctx.Output.Write(json
            ? AnalysisWriter.Json(reports, backend, Engine.Running.Runner.ToolVersion)
            : AnalysisWriter.Text(reports, backend));
        return ExitCodes.Ok;
    }
}
