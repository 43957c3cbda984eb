using System.CommandLine.Parsing;

namespace TheoryCheck.Cli;

/// <summary>Reading an option's value inside its validator.</summary>
public static class OptionValues
{
    /// <summary>
    /// The option's value, or null when its text does not convert (<c>--jobs two</c>): System.CommandLine runs
    /// validators even then, and <c>GetValueOrDefault</c> throws; the conversion error is reported by the parser itself.
    /// </summary>
    public static T? Parsed<T>(OptionResult result) where T : struct
    {
        if (result.Errors.Any()) return null;
        try
        {
            return result.GetValueOrDefault<T>();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
