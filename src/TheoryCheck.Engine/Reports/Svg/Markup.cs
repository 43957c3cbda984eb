using System.Globalization;
using System.Text;

namespace TheoryCheck.Engine.Reports.Svg;

/// <summary>Text and numbers as the SVG and HTML writers emit them: escaped, invariant culture, fixed precision (deterministic bytes).</summary>
public static class Markup
{
    /// <summary>Escapes text for an element body or a double-quoted attribute (SVG and HTML alike).</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            sb.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", _ => c.ToString() });
        return sb.ToString();
    }

    /// <summary>A pixel coordinate: one decimal (a tenth of a pixel is below what a screen shows), no "-0".</summary>
    public static string Px(double v)
    {
        var r = Math.Round(v, 1, MidpointRounding.AwayFromZero);
        return (r == 0 ? 0 : r).ToString("0.#", CultureInfo.InvariantCulture);
    }

    /// <summary>A data value for people: 4 significant digits, with a true minus sign.</summary>
    public static string Value(double v) =>
        double.IsNaN(v) ? "—" : v.ToString("G4", CultureInfo.InvariantCulture).Replace("E+0", "e").Replace("E-0", "e-").Replace("E+", "e").Replace("E", "e").Replace('-', '−');
}
