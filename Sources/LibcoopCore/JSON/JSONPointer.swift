import Foundation

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
        var text = ""
        for component in components {
            text += "/"
            switch component {
            case .key(let key):
                text += key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
            case .index(let index):
                text += String(index)
            }
        }
        return text
    }

    public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
        lhs.description < rhs.description
    }
}
