import ArdoiseCore

/// File names built from data: only `A`–`Z`, `a`–`z`, `0`–`9`, `_` and `-`, so that an agency
/// code can never leave the reports folder or hide a file.
public enum FileNames {
  /// `name` when it is already safe; otherwise every other character replaced by `_`, followed
  /// by `-` and 8 hex digits of its SHA-256, so that two different names never give the same
  /// file (`../../etc` → `______etc-<hash>`). Cut to 48 characters before the suffix.
  public static func sanitised(_ name: String) -> String {
    var out = ""
    var changed = name.isEmpty
    for scalar in name.unicodeScalars {
      if scalar.isASCIILetter || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-" {
        out.unicodeScalars.append(scalar)
      } else {
        out += "_"
        changed = true
      }
    }
    if out.count > 48 {
      out = String(out.prefix(48))
      changed = true
    }
    guard changed else { return out }
    return out + "-" + String(SHA256.hex(of: Array(name.utf8)).prefix(8))
  }

  /// `<report>[-<agency>].<ext>`, the agency sanitised.
  public static func report(_ name: String, agency: String?, format: ReportFormat) -> String {
    name + (agency.map { "-" + sanitised($0) } ?? "") + "." + format.fileExtension
  }
}
