// Runs the command-line interface in-process, as the CLI tests do.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "irkg/cli/cli.h"

namespace irkg::testing {

/// What a run of irkg gave: its exit code, standard output and standard error.
struct Output {
  int code;
  std::string out;
  std::string err;
};

/// Runs `irkg ARGS...` with `input` as standard input.
inline Output RunIrkg(const std::vector<std::string>& args, const std::string& input = "") {
  std::istringstream in(input);
  std::ostringstream out, err;
  int code = irkg::cli::Run(args, in, out, err);
  return {code, out.str(), err.str()};
}

}  // namespace irkg::testing
