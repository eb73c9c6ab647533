/// Shell-style file-name globs (`*`, `?`), case-insensitive, for profile `files` patterns.
public enum Glob {
  /// Whether `name` matches `pattern`.
  public static func matches(_ pattern: String, _ name: String) -> Bool {
    let p = Array(pattern.lowercased())
    let n = Array(name.lowercased())
    var pi = 0
    var ni = 0
    var star = -1
    var mark = 0
    while ni < n.count {
      if pi < p.count, p[pi] == "?" || p[pi] == n[ni] {
        pi += 1
        ni += 1
      } else if pi < p.count, p[pi] == "*" {
        star = pi
        mark = ni
        pi += 1
      } else if star >= 0 {
        pi = star + 1
        mark += 1
        ni = mark
      } else {
        return false
      }
    }
    while pi < p.count, p[pi] == "*" { pi += 1 }
    return pi == p.count
  }
}
