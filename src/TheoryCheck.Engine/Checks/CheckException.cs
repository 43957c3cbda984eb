namespace TheoryCheck.Engine.Checks;

/// <summary>A check could not be evaluated (a quantity not produced, too few sizes): its verdict is Error.</summary>
public sealed class CheckException(string message) : Exception(message);
