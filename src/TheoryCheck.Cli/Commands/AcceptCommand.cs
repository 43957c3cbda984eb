using System.CommandLine;
using TheoryCheck.Cli.CommandLine;
using TheoryCheck.Engine.Golden;

namespace TheoryCheck.Cli.Commands;

/// <summary><c>theorycheck accept</c>: promotes the newest received snapshot of each claim to verified, all or nothing, refusing stale ones.</summary>
public sealed class AcceptCommand : ICliCommand
{
    private readonly SharedOptions _shared;
    private readonly Option<string[]> _from = new("--from") { HelpName = "DIR", Description = "also look for received files in this folder (e.g. a CI report's received/)" };

    public Command Command { get; }

    public AcceptCommand(SharedOptions shared)
    {
        _shared = shared;
        Command = new Command("accept", "promote received goldens to verified (all or none)") { _from };
        shared.AddWorkspace(Command, golden: true);
        shared.AddSelection(Command);
    }

    public int Execute(CommandContext ctx, ParseResult p) => Execute(ctx, _shared.SelectionOf(p), p.GetValue(_from) ?? []);

    public static int Execute(CommandContext ctx, Selection selection, IReadOnlyList<string> extraRoots)
    {
        var specs = selection.Apply(ctx.LoadSpecs());
        var store = new GoldenStore(ctx.GoldenDirectory, GoldenMode.Compare, onCi: false, receivedRoot: null);
        var plan = GoldenAccept.Plan(specs, store, new[] { ctx.GoldenDirectory }.Concat(extraRoots));
        foreach (var s in plan.Skipped) ctx.Error.WriteLine($"skipped {s.ReceivedPath}: {s.NewerPath} is newer");
        if (plan.Problems.Count > 0)
        {
            foreach (var p in plan.Problems) ctx.Error.WriteLine("error: " + p);
            ctx.Error.WriteLine($"nothing accepted: {plan.Problems.Count} received files cannot be promoted");
            return ExitCodes.UsageError;
        }
        if (plan.Candidates.Count == 0)
        {
            // Exit 0, not 5: accepting is idempotent, and "already accepted" is success (a script may run it twice).
            ctx.Output.WriteLine("nothing to accept: no received snapshots for the selection");
            return ExitCodes.Ok;
        }
        GoldenAccept.Apply(plan, ctx.GoldenDirectory);
        foreach (var c in plan.Candidates) ctx.Output.WriteLine($"accepted {Engine.DisplayPath.Of(c.ReceivedPath)} -> {Engine.DisplayPath.Of(c.VerifiedPath)}");
        return ExitCodes.Ok;
    }
}
