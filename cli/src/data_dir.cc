// Where the knowledge base is: the one place that decides it for every command.
#include <cstdlib>
#include <filesystem>

#include "command.h"

namespace irkg::cli {

DataDir FindDataDir(const std::string& option) {
  if (!option.empty()) return {option, "--data-dir"};
  if (const char* env = std::getenv("IRKG_DATA_DIR"); env && *env) return {env, "$IRKG_DATA_DIR"};
  // The installed layout, PREFIX/bin/irkg beside PREFIX/share/irkg, holds wherever the prefix is
  // moved. A build tree mirrors it: configuring links BUILD/share/irkg to ingest/data, and the
  // programs sit one folder below BUILD (cli/irkg, tests/cli_tests).
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return {"share/irkg", "the working directory (the executable's location is unknown)"};
  return {(exe.parent_path().parent_path() / "share" / "irkg").string(), "beside the executable"};
}

}  // namespace irkg::cli
