using TheoryCheck.Tests;

[assembly: ClaimsFolder("goldt2020")]

namespace TheoryCheck.Papers.Goldt2020.Tests;

/// <summary>The collection sharing the one quick-tier run of theory-specs/goldt2020.</summary>
[CollectionDefinition(ClaimsCollection.Name)]
public sealed class ModuleClaimsCollection : ICollectionFixture<ShippedClaimsFixture>;

/// <summary>Every claim of theory-specs/goldt2020: its declared status, its golden snapshot, and power against a theory 3% off.</summary>
[Collection(ClaimsCollection.Name)]
public sealed class ModuleShippedClaimsTests(ShippedClaimsFixture fixture) : ShippedClaimsTests(fixture);
