using System.Text;

namespace TheoryCheck.Engine.Golden;

/// <summary>
/// Writes several golden files as one transaction, so that <c>accept</c> killed at any instant leaves either none or
/// all of its selection promoted. Every new file is first written to <c>golden/.accept-staging/</c> (same volume, so the
/// final moves are renames); then the journal listing staged file, target and received file is written and renamed
/// into place: that rename is the commit point. Only then are the staged files renamed over their targets and the
/// received files deleted. <see cref="Recover"/>, run before any golden work, finishes a committed transaction (each
/// step can be repeated) and discards an uncommitted one, together with temp files of writes that were killed.
/// </summary>
public static class AcceptTransaction
{
    public const string StagingFolder = ".accept-staging";
    private const string JournalName = "journal.tsv";

    /// <summary>One file to promote: where it goes, its content, and the received file it replaces (deleted after).</summary>
    public sealed record Entry(string TargetPath, string Content, string ReceivedPath);

    public static void Commit(string goldenRoot, IReadOnlyList<Entry> entries, IReadOnlyList<string> alsoDelete)
    {
        Recover(goldenRoot);
        var staging = Path.Combine(goldenRoot, StagingFolder);
        Directory.CreateDirectory(staging);
        var journal = new StringBuilder();
        for (var i = 0; i < entries.Count; i++)
        {
            var staged = Path.Combine(staging, $"{i}.json");
            File.WriteAllText(staged, entries[i].Content, new UTF8Encoding(false));
            journal.Append(staged).Append('\t').Append(Path.GetFullPath(entries[i].TargetPath)).Append('\t').Append(Path.GetFullPath(entries[i].ReceivedPath)).Append('\n');
        }
        foreach (var path in alsoDelete) journal.Append('\t').Append('\t').Append(Path.GetFullPath(path)).Append('\n');
        var pending = Path.Combine(staging, JournalName + ".pending");
        File.WriteAllText(pending, journal.ToString(), new UTF8Encoding(false));
        File.Move(pending, Path.Combine(staging, JournalName)); // the commit point
        Recover(goldenRoot);
    }

    /// <summary>Finishes a committed transaction or discards an uncommitted one; deletes temp files of killed atomic writes.</summary>
    public static void Recover(string goldenRoot)
    {
        if (!Directory.Exists(goldenRoot)) return;
        var staging = Path.Combine(goldenRoot, StagingFolder);
        var journal = Path.Combine(staging, JournalName);
        if (File.Exists(journal))
        {
            foreach (var line in File.ReadAllLines(journal, Encoding.UTF8).Where(l => l.Length > 0))
            {
                var parts = line.Split('\t');
                var (staged, target, received) = (parts[0], parts[1], parts[2]);
                if (staged.Length > 0 && File.Exists(staged))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Move(staged, target, overwrite: true);
                }
                if (File.Exists(received)) File.Delete(received);
            }
        }
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        GoldenFile.DeleteStaleTemps(goldenRoot);
    }
}
