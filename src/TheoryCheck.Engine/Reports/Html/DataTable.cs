using System.Text;
using static TheoryCheck.Engine.Reports.Svg.Markup;

namespace TheoryCheck.Engine.Reports.Html;

/// <summary>The numbers behind a plot: one row per x, one column per drawn series ("value ± se" or "—").</summary>
public sealed class DataTable
{
    private readonly SortedDictionary<double, Dictionary<int, string>> _rows = new();

    public DataTable(string xHeader) => Headers.Add(xHeader);

    public List<string> Headers { get; } = [];

    /// <summary>Adds a column; returns its index for <see cref="Set"/>.</summary>
    public int AddColumn(string header)
    {
        Headers.Add(header);
        return Headers.Count - 1;
    }

    public void Set(double x, int column, double value, double? se = null)
    {
        if (!_rows.TryGetValue(x, out var row)) _rows[x] = row = [];
        row[column] = se is double e && e > 0 ? $"{Value(value)} ± {Value(e)}" : Value(value);
    }

    public int RowCount => _rows.Count;

    public string ToHtml()
    {
        var sb = new StringBuilder("<table class=\"data\"><thead><tr>");
        foreach (var h in Headers) sb.Append("<th>").Append(Escape(h)).Append("</th>");
        sb.Append("</tr></thead><tbody>\n");
        foreach (var (x, row) in _rows)
        {
            sb.Append("<tr><td>").Append(Value(x)).Append("</td>");
            for (var c = 1; c < Headers.Count; c++) sb.Append("<td>").Append(row.TryGetValue(c, out var v) ? v : "—").Append("</td>");
            sb.Append("</tr>\n");
        }
        return sb.Append("</tbody></table>").ToString();
    }
}

/// <summary>A plot ready for the page: the plot, the numbers under it, a caption, and notes (e.g. a quantity the run did not produce).</summary>
public sealed record PlotFigure(Svg.Plot Plot, DataTable Table, string Caption, IReadOnlyList<string> Notes);
