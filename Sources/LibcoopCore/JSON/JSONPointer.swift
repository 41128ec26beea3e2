/// A JSON Pointer (RFC 6901) naming a value inside a document, such as `/staff/3/library`.
public struct JSONPointer: Hashable, Sendable, CustomStringConvertible, Comparable {
    /// One step: a member name or an array index.
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// The pointer to the whole document.
    public static let root = JSONPointer()

    public func appending(_ component: Component) -> JSONPointer {
        JSONPointer(components + [component])
    }

    public func appending(_ key: String) -> JSONPointer { appending(.key(key)) }

    public func appending(_ index: Int) -> JSONPointer { appending(.index(index)) }

    /// The RFC 6901 text: `~` is written `~0` and `/` is written `~1` inside names.
    public var description: String {
        var utf8: [UInt8] = []
        write(to: &utf8)
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Appends the RFC 6901 text as UTF-8, with no string made on the way: this runs once per
    /// problem, a million times for some files.
    public func write(to utf8: inout [UInt8]) {
        for component in components {
            utf8.append(UInt8(ascii: "/"))
            switch component {
            case .key(let key):
                for byte in key.utf8 {
                    switch byte {
                    case UInt8(ascii: "~"): utf8 += [UInt8(ascii: "~"), UInt8(ascii: "0")]
                    case UInt8(ascii: "/"): utf8 += [UInt8(ascii: "~"), UInt8(ascii: "1")]
                    default: utf8.append(byte)
                    }
                }
            case .index(let index):
                Self.writeDecimal(index, to: &utf8)
            }
        }
    }

    private static func writeDecimal(_ value: Int, to utf8: inout [UInt8]) {
        if value < 0 { utf8.append(UInt8(ascii: "-")) }
        let start = utf8.count
        var rest = value.magnitude
        repeat {
            utf8.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        utf8[start...].reverse()
    }

    public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
        lhs.description < rhs.description
    }
}
