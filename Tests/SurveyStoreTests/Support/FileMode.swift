import Glibc

/// The permission bits of `path` (`0o600` for a private file), or nil if nothing is there; symbolic links are not followed.
func fileMode(_ path: String) -> mode_t? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o7777
}
