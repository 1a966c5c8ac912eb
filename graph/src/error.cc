#include "irkg/graph/error.h"

namespace irkg {

std::string Diagnostic::ToString() const {
  // Built with append rather than operator+: GCC 12's -Wrestrict misfires on the latter (PR105329).
  std::string out;
  out.reserve(file.size() + message.size() + 16);
  out.append(file);
  if (line > 0) {
    out.push_back(':');
    out.append(std::to_string(line));
  }
  out.append(warning ? ": warning: " : ": ");
  out.append(message);
  return out;
}

}  // namespace irkg
