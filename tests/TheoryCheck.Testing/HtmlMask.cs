using System.Text.RegularExpressions;

namespace TheoryCheck.Tests;

/// <summary>Masks what changes in report.html from run to run, so two reports can be compared byte for byte.</summary>
public static class HtmlMask
{
    /// <summary>The only parts of report.html that change from run to run: the commit, the date and wall time.</summary>
    public static string MaskVolatile(string html) =>
        Regex.Replace(html, "<span class=\"(date|commit)\">[^<]*</span>", "<span class=\"$1\">…</span>");
}
