namespace TheoryCheck.Engine.Registry;

/// <summary>One work a paper module cites (an entry of its <c>paper.yaml</c> <c>references</c>).</summary>
/// <param name="Key">Short unique key, e.g. <c>advani-saxe-2020</c>.</param>
/// <param name="Authors">Authors in citation order.</param>
/// <param name="Title">Title of the work.</param>
/// <param name="Venue">Journal, proceedings, or "lecture notes"; null if not given.</param>
/// <param name="Year">Year of publication; null if not given.</param>
/// <param name="Arxiv">arXiv identifier (e.g. <c>1710.03667</c>); null if none.</param>
/// <param name="Doi">DOI (e.g. <c>10.1016/j.neunet.2020.08.022</c>); null if none.</param>
/// <param name="Url">Another address (notes, a web page); null if none.</param>
public sealed record PaperReference(string Key, IReadOnlyList<string> Authors, string Title, string? Venue, int? Year,
    string? Arxiv, string? Doi, string? Url)
{
    /// <summary>The arXiv abstract page, or null.</summary>
    public string? ArxivUrl => Arxiv is null ? null : "https://arxiv.org/abs/" + Arxiv;

    /// <summary>The DOI resolver address, or null.</summary>
    public string? DoiUrl => Doi is null ? null : "https://doi.org/" + Doi;

    /// <summary>"A, B and C" (up to three names; more become "A et al.").</summary>
    public string AuthorList => Authors.Count switch
    {
        0 => "",
        1 => Authors[0],
        2 or 3 => string.Join(", ", Authors.Take(Authors.Count - 1)) + " and " + Authors[^1],
        _ => Authors[0] + " et al.",
    };

    /// <summary>One line: authors, title, venue, year, then arXiv, DOI and URL when given.</summary>
    public string Citation()
    {
        var parts = new List<string>();
        if (Authors.Count > 0) parts.Add(AuthorList);
        parts.Add(Title);
        if (Venue is not null) parts.Add(Venue);
        if (Year is { } y) parts.Add(y.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var text = string.Join(", ", parts) + ".";
        if (Arxiv is not null) text += " arXiv:" + Arxiv + ".";
        if (Doi is not null) text += " doi:" + Doi + ".";
        if (Url is not null) text += " " + Url;
        return text;
    }
}
