#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace irkg {

/// The one error type irkg throws when an operation cannot go on. The message starts with the
/// path or the thing concerned ("irkg.db: database is locked").
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A problem with one piece of input that did not stop the rest: `file:line: message`.
struct Diagnostic {
  std::string file;
  int line = 0;  ///< 1-based; 0 when the problem concerns the whole file.
  std::string message;
  /// The input was used, but not as written (an article without a date): worth saying, and no
  /// reason for a non-zero exit.
  bool warning = false;

  /// `file:line: message`, or `file: message` when line is 0; `warning: ` before the message of
  /// a warning.
  std::string ToString() const;
};

/// Collects diagnostics in the order they were found.
using Diagnostics = std::vector<Diagnostic>;

}  // namespace irkg
