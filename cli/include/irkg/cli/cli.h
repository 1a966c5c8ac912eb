#pragma once

#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace irkg::cli {

/// Exit codes of the irkg command; the README documents them.
enum ExitCode : int {
  kExitOk = 0,           ///< Done.
  kExitInputErrors = 1,  ///< Done, but some input was bad and skipped (see the messages).
  kExitUsage = 2,        ///< Bad command line: unknown command or option, unknown actor.
  kExitFailure = 3,      ///< The operation could not be done (unreadable database, data, ...).
  kExitInternal = 4,     ///< A bug in irkg.
};

/// Runs `irkg ARGS...` in-process: `args` excludes the program name. Results go to `out`,
/// messages to `err`; `in` is read for the input `-`. Never throws, never exits.
int Run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err);

}  // namespace irkg::cli
