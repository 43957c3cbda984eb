using TheoryCheck.Golden;

namespace TheoryCheck.Cli.Commands;

/// <summary><c>theorycheck accept</c>: promotes received snapshots to verified, all or nothing, refusing stale ones.</summary>
public static class AcceptCommand
{
    public static int Execute(CommandContext ctx, Selection selection, IReadOnlyList<string> extraRoots)
    {
        var specs = selection.Apply(ctx.LoadSpecs());
        var store = new GoldenStore(ctx.GoldenDirectory, GoldenMode.Compare, onCi: false, receivedRoot: null);
        var (candidates, problems) = GoldenAccept.Plan(specs, store, new[] { ctx.GoldenDirectory }.Concat(extraRoots));
        if (problems.Count > 0)
        {
            foreach (var p in problems) ctx.Error.WriteLine("error: " + p);
            ctx.Error.WriteLine($"nothing accepted: {problems.Count} received files cannot be promoted");
            return ExitCodes.UsageError;
        }
        if (candidates.Count == 0)
        {
            ctx.Error.WriteLine("no received snapshots to accept for the selection");
            return ExitCodes.NothingSelected;
        }
        GoldenAccept.Apply(candidates);
        foreach (var c in candidates) ctx.Output.WriteLine($"accepted {c.ReceivedPath} -> {c.VerifiedPath}");
        return ExitCodes.Ok;
    }
}
