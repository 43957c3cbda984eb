using System.CommandLine;
using TheoryCheck.Cli.CommandLine;
using TheoryCheck.Numerics.LinearAlgebra;

namespace TheoryCheck.Cli.Commands;

/// <summary>
/// <c>theorycheck backend</c>: the linear-algebra backend as a run would use it (library, kernel, threads, why), and
/// whether its bits depend on operand alignment (<see cref="AlignmentProbe"/>). Exit code 1 when the backend as
/// configured is not reproducible.
/// </summary>
public sealed class BackendCommand : ICliCommand
{
    public Command Command { get; } = new("backend", "the linear-algebra backend and its determinism");

    public int Execute(CommandContext ctx, ParseResult p) => Execute(ctx);

    public static int Execute(CommandContext ctx)
    {
        var backend = Dense.Backend;
        ctx.Output.WriteLine($"linear algebra: {backend.Description}");
        if (BackendSelector.LastWarning is { } warning) ctx.Output.WriteLine($"warning: {warning}");
        if (backend is not NativeBackend native) return ExitCodes.Ok;
        if (native.LibraryConfig is { } config) ctx.Output.WriteLine($"library: {config}");
        var (asGiven, through) = AlignmentProbe.Run(native);
        ctx.Output.WriteLine($"alignment probe (DGEMV 'T' at 8 operand offsets modulo 64 bytes): operands as given: {Results(asGiven)}; " +
                             $"through the backend: {Results(through)}");
        return through == 1 ? ExitCodes.Ok : ExitCodes.Failed;

        static string Results(int n) => n == 1 ? "1 result (reproducible)" : $"{n} different results";
    }
}
