#pragma once

#include <CLI/CLI.hpp>
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

/// A bad argument found after parsing (an unknown actor, say): exit code kExitUsage.
class UsageError : public Error {
 public:
  using Error::Error;
};

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

/// Loads the knowledge base; prints data problems to `ctx.err` as `file:line: message` and marks
/// them as input problems (they do not stop the command).
std::unique_ptr<ingest::KnowledgeBase> LoadKnowledge(const CommonOptions& options, Context& ctx);

/// Every actor of the knowledge base with its id, label and names: for "did you mean".
std::vector<queries::NamedActor> KnowledgeCandidates(const ingest::ActorDictionary& actors);

/// Parses a --date value; throws CLI::ValidationError on a bad one.
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

}  // namespace irkg::cli
