using TheoryCheck.Tests;

[assembly: ClaimsFolder("rmt4ml")]

namespace TheoryCheck.Papers.Rmt4ml.Tests;

/// <summary>The collection sharing the one quick-tier run of theory-specs/rmt4ml.</summary>
[CollectionDefinition(ClaimsCollection.Name)]
public sealed class ModuleClaimsCollection : ICollectionFixture<ShippedClaimsFixture>;

/// <summary>Every claim of theory-specs/rmt4ml: its declared status, its golden snapshot, and power against a theory 3% off.</summary>
[Collection(ClaimsCollection.Name)]
public sealed class ModuleShippedClaimsTests(ShippedClaimsFixture fixture) : ShippedClaimsTests(fixture);
