import Testing

@Test func placeholderLibcoopBackendTests() { #expect(1 + 1 == 2) }
