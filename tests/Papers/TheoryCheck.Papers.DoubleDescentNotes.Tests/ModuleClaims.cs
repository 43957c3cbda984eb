using TheoryCheck.Tests;

[assembly: ClaimsFolder("double-descent-notes")]

namespace TheoryCheck.Papers.DoubleDescentNotes.Tests;

/// <summary>The collection sharing the one quick-tier run of theory-specs/double-descent-notes.</summary>
[CollectionDefinition(ClaimsCollection.Name)]
public sealed class ModuleClaimsCollection : ICollectionFixture<ShippedClaimsFixture>;

/// <summary>Every claim of theory-specs/double-descent-notes: its declared status, its golden snapshot, and power against a theory 3% off.</summary>
[Collection(ClaimsCollection.Name)]
public sealed class ModuleShippedClaimsTests(ShippedClaimsFixture fixture) : ShippedClaimsTests(fixture);
