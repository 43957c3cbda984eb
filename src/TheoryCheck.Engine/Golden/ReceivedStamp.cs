namespace TheoryCheck.Engine.Golden;

/// <summary>
/// What a received file records about the comparison that wrote it, so that <c>accept</c> can tell whether it is
/// still the newest word on its claim: the hash of the verified file it was compared with
/// (<see cref="GoldenFile.NoVerifiedFile"/> when there was none) and when it was written.
/// </summary>
public sealed record ReceivedStamp(string ComparedWith, DateTimeOffset At);
