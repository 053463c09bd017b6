/// Names one value in ``TypedValues`` and fixes its type.
///
/// A key is a type, so two modules can never clash on a name, and a value
/// comes back with the type it was stored with.
public protocol TypedValueKey {
    /// The type of the value stored under this key.
    associatedtype Value: Sendable
}

/// Values stored by key type: what a route declares about itself (its
/// metadata), and what middleware finds out about a request (its context).
///
/// The server knows nothing of the values: the application declares its
/// own keys, such as the role a route requires or the person signed in.
public struct TypedValues: Sendable {
    private var values: [ObjectIdentifier: any Sendable] = [:]

    /// Creates an empty set of values.
    public init() {}

    /// The value stored under `key`, or nil.
    public subscript<Key: TypedValueKey>(_ key: Key.Type) -> Key.Value? {
        get { values[ObjectIdentifier(key)] as? Key.Value }
        set { values[ObjectIdentifier(key)] = newValue }
    }

    /// These values over `outer`: where both hold a key, this one's value wins.
    func overriding(_ outer: TypedValues) -> TypedValues {
        var merged = outer
        merged.values.merge(values) { _, inner in inner }
        return merged
    }
}
