#pragma once

#include <CLI/CLI.hpp>
#include <cerrno>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "irkg/graph/actor_graph.h"
#include "irkg/graph/date.h"
#include "irkg/graph/error.h"
#include "irkg/ingest/extractor.h"
#include "irkg/queries/traversal.h"

namespace irkg::cli {

/// irkg's version, from the CMake project.
inline constexpr const char* kVersion = IRKG_VERSION;
/// What irkg is, in a line (help, man page, package).
inline constexpr const char* kTagline =
    "a knowledge graph of international relations from news text";
/// The paragraph that introduces irkg in the manual page.
extern const char* const kDescription;
/// How the data directory is found, for --help, --version and the manual page.
extern const char* const kDataDirText;

/// An exit code and what it means, as the manual page and the README say.
struct ExitCodeInfo {
  int code;
  const char* meaning;
};
/// Every exit code irkg uses.
const std::vector<ExitCodeInfo>& ExitCodes();

/// A bad argument found after parsing (an unknown actor, say): exit code kExitUsage.
class UsageError : public Error {
 public:
  using Error::Error;
};

/// An Error for output that could not be written: "`what`: write failed: <the system's reason>".
/// Reads errno, so construct it right after the failed write.
Error WriteError(const std::string& what, int error = errno);

/// What a command handler gets: its streams and the parsed common options.
struct Context {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  /// Set when some input (an article, a user's data file) was bad and skipped: the command still
  /// finishes, and Run() turns a clean exit into kExitInputErrors.
  bool input_problems = false;
  /// Whether `err` is the process's standard error and that is a terminal: progress lines are
  /// printed only then.
  bool err_is_terminal = false;
  /// Standard error without the escaping of control characters, for the progress line's carriage
  /// returns (its text is irkg's own); `err` when unset.
  std::ostream* terminal = nullptr;
};

/// Options that several commands share, bound to a CLI11 app by the Add* helpers.
struct CommonOptions {
  std::string data_dir;
  std::vector<std::string> actor_files;
  std::vector<std::string> pattern_files;
  std::string db = "irkg.db";
  std::string level = "actor";
  bool json = false;
};

void AddKnowledgeOptions(CLI::App& app, CommonOptions& options);
void AddDbOption(CLI::App& app, CommonOptions& options);
void AddLevelOption(CLI::App& app, CommonOptions& options);
void AddJsonOption(CLI::App& app, CommonOptions& options);

/// The knowledge-base directory a command reads, and what chose it.
struct DataDir {
  std::string path;
  std::string source;  ///< "--data-dir", "$IRKG_DATA_DIR" or "beside the executable"
};

/// Finds the data directory: `option` (--data-dir) when given, else $IRKG_DATA_DIR when set, else
/// ../share/irkg from the running executable's folder (the installed layout, which a build tree
/// mirrors). Does not check that the directory exists: loading it does.
DataDir FindDataDir(const std::string& option);

/// The knowledge-base files the options name (--data-dir or FindDataDir(), --actors, --patterns).
ingest::KnowledgeBaseSources KnowledgeSources(const CommonOptions& options);

/// Loads the knowledge base; prints data problems to `ctx.err` as `file:line: message` and marks
/// them as input problems (they do not stop the command).
std::unique_ptr<ingest::KnowledgeBase> LoadKnowledge(const CommonOptions& options, Context& ctx);

/// Every actor of the knowledge base with its id, label and names: for "did you mean".
std::vector<queries::NamedActor> KnowledgeCandidates(const ingest::ActorDictionary& actors);

/// Parses a --date value; throws UsageError on a bad one.
std::optional<graph::Date> ParseDateOption(const std::string& text);

/// A command: one handler in the table that `irkg help` lists.
struct Command {
  const char* name;
  const char* usage;
  const char* summary;
  /// Sets up `app` (options, positionals) and returns the function to run after parsing.
  std::function<std::function<int(Context&)>(CLI::App& app)> setup;
};

/// The command table.
const std::vector<Command>& Commands();

std::vector<Command> ExtractCommands();
std::vector<Command> GraphCommands();
std::vector<Command> QueryCommands();
std::vector<Command> ActorCommands();
std::vector<Command> EvalCommands();
std::vector<Command> SyntaxCommands();
std::vector<Command> DocCommands();

}  // namespace irkg::cli
