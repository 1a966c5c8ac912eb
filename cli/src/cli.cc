#include "irkg/cli/cli.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iostream>

#include "command.h"
#include "irkg/graph/error.h"
#include "irkg/queries/traversal.h"
#include "terminal_text.h"

namespace irkg::cli {

const char* const kDescription =
    "irkg reads news articles (JSON Lines, .jsonl.gz, plain .txt), finds who did what to whom "
    "(states, international organisations, leaders and officials, ministries, armed groups), "
    "codes each relation in the PLOVER event ontology with the sentence it came from, stores the "
    "events in a SQLite database, merges them into a graph, exports it as GraphML or JSON-LD and "
    "answers path and neighbourhood queries.";

const char* const kDataDirText =
    "The actor knowledge base, relation patterns and syntax model are read from the first of: "
    "the --data-dir option; the IRKG_DATA_DIR environment variable; ../share/irkg beside the "
    "directory of the irkg executable (PREFIX/share/irkg for PREFIX/bin/irkg, so an installed "
    "tree can be moved). 'irkg --version' says which is in use.";

const std::vector<ExitCodeInfo>& ExitCodes() {
  static const std::vector<ExitCodeInfo> codes = {
      {kExitOk, "done"},
      {kExitInputErrors,
       "done, but some input was bad and skipped; each problem is printed as "
       "'irkg: file:line: message'"},
      {kExitUsage,
       "usage error: unknown command or option, bad option value (a malformed --date, a "
       "directory given as a file), unknown actor"},
      {kExitFailure,
       "the operation failed: database or data directory missing or empty, input unreadable, "
       "output not writable (a full disk, a closed pipe)"},
      {kExitInternal, "internal error (a bug: please report it with the input)"},
  };
  return codes;
}

Error WriteError(const std::string& what, int error) {
  return Error(what + ": write failed" + (error ? std::string(": ") + std::strerror(error) : ""));
}

namespace {

void PrintHelp(std::ostream& out) {
  out << "irkg " << kVersion << ": " << kTagline
      << "\n\n"
         "usage: irkg COMMAND [OPTIONS] [ARGS]\n\ncommands:\n";
  for (const Command& c : Commands()) {
    std::string name = c.name;
    name.resize(std::max<size_t>(name.size(), 10), ' ');
    out << "  " << name << "  " << c.summary << "\n";
  }
  out << "\n'irkg COMMAND --help' shows a command's options.\n";
}

}  // namespace

const std::vector<Command>& Commands() {
  static const std::vector<Command> table = [] {
    std::vector<Command> all = ExtractCommands();
    for (Command& c : GraphCommands()) all.push_back(std::move(c));
    for (Command& c : ActorCommands()) all.push_back(std::move(c));
    for (Command& c : EvalCommands()) all.push_back(std::move(c));
    for (Command& c : SyntaxCommands()) all.push_back(std::move(c));
    for (Command& c : DocCommands()) all.push_back(std::move(c));
    return all;
  }();
  return table;
}

int Run(const std::vector<std::string>& args, std::istream& in, std::ostream& raw_out,
        std::ostream& raw_err) {
  // Labels, sentences and file names come from input: a control character in them is shown, not
  // obeyed by the terminal. extract writes JSON Lines, which hold none raw, at full speed.
  ControlEscapingBuffer out_escaping(raw_out.rdbuf());
  ControlEscapingBuffer err_escaping(raw_err.rdbuf());
  std::ostream escaped_out(&out_escaping);
  std::ostream err(&err_escaping);
  struct FlushOnReturn {
    std::ostream& stream;
    ~FlushOnReturn() { stream.flush(); }
  } flush_err{err}, flush_out{escaped_out};
  std::ostream& out = !args.empty() && args[0] == "extract" ? raw_out : escaped_out;
  if (args.empty() || args[0] == "--help" || args[0] == "-h" ||
      (args[0] == "help" && args.size() == 1)) {
    PrintHelp(out);
    return args.empty() ? kExitUsage : kExitOk;
  }
  if (args[0] == "--version" || args[0] == "version") {
    const DataDir data = FindDataDir("");
    out << "irkg " << kVersion << "\ndata: " << data.path << " (" << data.source << ")\n";
    return kExitOk;
  }
  std::vector<std::string> rest(args.begin() + 1, args.end());
  std::string name = args[0];
  if (name == "help") {
    name = args[1];
    rest = {"--help"};
  }
  const auto& table = Commands();
  auto it =
      std::find_if(table.begin(), table.end(), [&](const Command& c) { return name == c.name; });
  if (it == table.end()) {
    err << "irkg: error: unknown command '" << name << "'";
    std::string best;
    size_t best_distance = 3;
    for (const Command& c : table) {
      size_t d = queries::EditDistance(name, c.name);
      if (d < best_distance) {
        best_distance = d;
        best = c.name;
      }
    }
    if (!best.empty()) err << " (did you mean '" << best << "'?)";
    err << "\nrun 'irkg help' for the list of commands\n";
    return kExitUsage;
  }
  const Command& command = *it;
  CLI::App app(command.summary, std::string("irkg ") + command.name);
  app.footer(std::string("usage: irkg ") + command.usage);
  std::function<int(Context&)> handler = command.setup(app);
  try {
    std::vector<std::string> reversed(rest.rbegin(), rest.rend());
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    out << app.help();
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    err << "irkg: error: " << command.name << ": " << e.what() << "\nusage: irkg " << command.usage
        << "\n";
    return kExitUsage;
  }
  Context context{in, out, err};
  context.err_is_terminal = &raw_err == &std::cerr && isatty(STDERR_FILENO) == 1;
  context.terminal = &raw_err;
  errno = 0;  // so that a failed write reports its own reason
  try {
    int code = handler(context);
    // Every command's results end on `out`: unwritten, they are a failure, whatever was done.
    if (!out.flush() || !raw_out.flush()) {
      const int error = out_escaping.write_errno();
      throw error != 0 ? WriteError("standard output", error) : WriteError("standard output");
    }
    return code == kExitOk && context.input_problems ? kExitInputErrors : code;
  } catch (const UsageError& e) {
    err << "irkg: error: " << e.what() << "\n";
    return kExitUsage;
  } catch (const Error& e) {
    err << "irkg: error: " << e.what() << "\n";
    return kExitFailure;
  } catch (const std::exception& e) {
    err << "irkg: internal error: " << e.what() << "\n";
    return kExitInternal;
  }
}

}  // namespace irkg::cli
