using TheoryCheck.Engine;
using Microsoft.Extensions.Logging;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Cli.Commands;

/// <summary>What every command needs: where to write, how to log, the solvers, and where the specs live.</summary>
public sealed class CommandContext(TextWriter output, TextWriter error, ILogger logger, string? specsDirectory, string? goldenDirectory)
{
    public TextWriter Output { get; } = output;
    public TextWriter Error { get; } = error;
    public ILogger Logger { get; } = logger;
    public SolverRegistry Registry { get; init; } = SolverRegistry.Default;
    /// <summary>The report formats <c>--format</c> and <c>--report</c> choose from.</summary>
    public Engine.Reports.ReportFormats Reports { get; init; } = Engine.Reports.ReportFormats.Default;
    public CancellationToken Cancellation { get; init; }
    public bool OnCi { get; init; } = Engine.Golden.GoldenStore.DetectCi();

    private string? _specsDirectory = specsDirectory;

    /// <summary>Found on first use, so that commands that need no specs (simulate, analyze, merge) run anywhere.</summary>
    public string SpecsDirectory => _specsDirectory ??= Workspace.FindUp(Directory.GetCurrentDirectory(), "theory-specs")
        ?? throw new SpecException(new SpecError(Directory.GetCurrentDirectory(), 0, 0,
            "no theory-specs folder here or above; run inside the repository or pass --specs DIR"));

    public string GoldenDirectory => goldenDirectory ?? Workspace.GoldenBeside(SpecsDirectory);

    /// <summary>The bounds on the work a spec may ask for (<c>--max-seeds</c>).</summary>
    public SpecLimits Limits { get; init; } = SpecLimits.Default;

    public IReadOnlyList<Spec> LoadSpecs() => LoadSpecs(null);

    /// <summary>The specs whose id (= file name) passes <paramref name="idFilter"/>; only those files are parsed and validated.</summary>
    public IReadOnlyList<Spec> LoadSpecs(Func<string, bool>? idFilter) =>
        new SpecLoader(Registry) { Limits = Limits }.LoadDirectory(SpecsDirectory, idFilter);
}
