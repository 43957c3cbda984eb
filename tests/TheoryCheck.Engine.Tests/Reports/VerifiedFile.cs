namespace TheoryCheck.Tests.Reports;

/// <summary>
/// Verify's convention for text outputs (the package cannot be restored here): the expected text is committed as
/// <c>NAME.verified.EXT</c> beside the test; on a mismatch <c>NAME.received.EXT</c> is written beside it (git-ignored) and
/// the test fails with the first differing lines. Accept a change by renaming received to verified after looking at it.
/// </summary>
internal static class VerifiedFile
{
    public static void Verify(string actual, string name, string extension)
    {
        var dir = TestPaths.TestData("Reports", "Verified");
        var verified = Path.Combine(dir, $"{name}.verified.{extension}");
        var received = Path.Combine(dir, $"{name}.received.{extension}");
        if (File.Exists(verified) && File.ReadAllText(verified) == actual)
        {
            File.Delete(received);
            return;
        }
        Directory.CreateDirectory(dir);
        File.WriteAllText(received, actual);
        if (!File.Exists(verified))
            throw new Xunit.Sdk.XunitException($"{verified} does not exist; wrote {received}: look at it, then rename it to .verified.{extension}");
        var expectedLines = File.ReadAllLines(verified);
        var actualLines = actual.Split('\n');
        var diff = new List<string>();
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length) && diff.Count < 12; i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a) diff.Add($"line {i + 1}:\n  verified: {Cut(e)}\n  received: {Cut(a)}");
        }
        throw new Xunit.Sdk.XunitException($"{name}.{extension} differs from {verified}; wrote {received}\n{string.Join("\n", diff)}");
    }

    private static string Cut(string s) => s.Length > 300 ? s[..300] + "…" : s;
}
