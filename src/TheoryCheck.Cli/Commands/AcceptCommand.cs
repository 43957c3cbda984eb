using TheoryCheck.Engine.Golden;

namespace TheoryCheck.Cli.Commands;

/// <summary><c>theorycheck accept</c>: promotes the newest received snapshot of each claim to verified, all or nothing, refusing stale ones.</summary>
public static class AcceptCommand
{
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
            ctx.Error.WriteLine("no received snapshots to accept for the selection");
            return ExitCodes.NothingSelected;
        }
        GoldenAccept.Apply(plan, ctx.GoldenDirectory);
        foreach (var c in plan.Candidates) ctx.Output.WriteLine($"accepted {c.ReceivedPath} -> {c.VerifiedPath}");
        return ExitCodes.Ok;
    }
}
