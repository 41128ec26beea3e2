import Testing

@Test func placeholderLibcoopAppTests() { #expect(1 + 1 == 2) }
