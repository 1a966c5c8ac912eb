// man, completion: the manual page and the shell completion, generated from the command table so
// that they say what `--help` says and never fall behind a new option.
#include <algorithm>
#include <sstream>

#include "command.h"
#include "irkg/cli/cli.h"

namespace irkg::cli {
namespace {

// One option of a command as the documents show it.
struct OptionDoc {
  std::vector<std::string> flags;  // "-o", "--output"; empty for a positional
  std::string name;                // the positional's name, or the option's value name
  std::string description;
  std::vector<std::string> values;  // the allowed values, when the option checks them
  bool takes_value = false;
};

// A command or subcommand with its options.
struct CommandDoc {
  std::string name;  // "export", "actors resolve"
  std::string summary;
  std::vector<OptionDoc> options;
};

// "TEXT:{graphml,jsonld}" -> {"graphml", "jsonld"}: CLI11 appends a membership check's values to
// the option's type name.
std::vector<std::string> AllowedValues(const std::string& type_name) {
  std::vector<std::string> values;
  const size_t open = type_name.find('{');
  const size_t close = type_name.find('}', open);
  if (open == std::string::npos || close == std::string::npos) return values;
  std::istringstream list(type_name.substr(open + 1, close - open - 1));
  std::string v;
  while (std::getline(list, v, ',')) values.push_back(v);
  return values;
}

void AddOptions(const CLI::App& app, CommandDoc& doc) {
  for (const CLI::Option* o : app.get_options()) {
    if (o->get_lnames().empty() && o->get_snames().empty() && !o->get_positional()) continue;
    OptionDoc d;
    for (const std::string& s : o->get_snames()) d.flags.push_back("-" + s);
    for (const std::string& l : o->get_lnames()) d.flags.push_back("--" + l);
    // --help: every command has it, and the page says so once.
    if (std::find(d.flags.begin(), d.flags.end(), "--help") != d.flags.end()) continue;
    d.description = o->get_description();
    d.takes_value = o->get_expected_max() > 0 || o->get_positional();
    d.values = AllowedValues(o->get_type_name());
    if (o->get_positional() && d.flags.empty()) d.name = o->get_name(true);
    doc.options.push_back(std::move(d));
  }
}

std::vector<CommandDoc> Documents() {
  std::vector<CommandDoc> docs;
  for (const Command& c : Commands()) {
    CLI::App app(c.summary, std::string("irkg ") + c.name);
    c.setup(app);
    CommandDoc doc{c.name, c.summary, {}};
    AddOptions(app, doc);
    docs.push_back(std::move(doc));
    for (const CLI::App* sub : app.get_subcommands({})) {
      CommandDoc sub_doc{std::string(c.name) + " " + sub->get_name(), sub->get_description(), {}};
      AddOptions(*sub, sub_doc);
      docs.push_back(std::move(sub_doc));
    }
  }
  return docs;
}

// Escapes text for roff: backslashes, hyphens (which roff would set as typographic ones) and a
// control character at the start of a line.
std::string Roff(std::string_view text) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      out += "\\-";
    } else {
      out += c;
    }
    line_start = c == '\n';
  }
  return out;
}

void WriteManPage(std::ostream& out) {
  out << ".TH IRKG 1 \"\" \"irkg " << kVersion << "\" \"User Commands\"\n"
      << ".SH NAME\nirkg \\- " << Roff(kTagline) << "\n"
      << ".SH SYNOPSIS\n.B irkg\n.I COMMAND\n[\\fIOPTIONS\\fR] [\\fIARGS\\fR]\n"
      << ".SH DESCRIPTION\n"
      << Roff(kDescription) << "\n"
      << ".SH COMMANDS\n";
  const std::vector<CommandDoc> docs = Documents();
  for (const Command& c : Commands()) {
    out << ".SS \"irkg " << Roff(c.usage) << "\"\n" << Roff(c.summary) << ".\n";
    for (const CommandDoc& doc : docs) {
      if (doc.name != c.name && !doc.name.starts_with(std::string(c.name) + " ")) continue;
      if (doc.name != c.name)
        out << ".PP\n\\fB" << Roff(doc.name) << "\\fR: " << Roff(doc.summary) << ".\n";
      for (const OptionDoc& o : doc.options) {
        out << ".TP\n";
        if (o.flags.empty()) {
          out << "\\fI" << Roff(o.name) << "\\fR\n";
        } else {
          for (size_t i = 0; i < o.flags.size(); ++i) {
            out << (i ? ", " : "") << "\\fB" << Roff(o.flags[i]) << "\\fR";
          }
          if (o.takes_value) out << " \\fIVALUE\\fR";
          out << "\n";
        }
        out << Roff(o.description);
        if (!o.values.empty()) {
          out << " (one of:";
          for (const std::string& v : o.values) out << " " << Roff(v);
          out << ")";
        }
        out << "\n";
      }
    }
  }
  out << ".SH FILES\n"
      << Roff(kDataDirText) << "\n"
      << ".SH ENVIRONMENT\n.TP\n.B IRKG_DATA_DIR\n"
      << "The data directory, unless \\fB\\-\\-data\\-dir\\fR is given.\n"
      << ".SH EXIT STATUS\n";
  for (const ExitCodeInfo& e : ExitCodes()) {
    out << ".TP\n.B " << static_cast<int>(e.code) << "\n" << Roff(e.meaning) << "\n";
  }
  out << ".SH SEE ALSO\nThe README and the data formats (FORMAT.md) beside the data.\n";
}

// A word list for bash's compgen.
std::string Words(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

void WriteBashCompletion(std::ostream& out) {
  const std::vector<CommandDoc> docs = Documents();
  std::vector<std::string> names;
  for (const Command& c : Commands()) names.emplace_back(c.name);
  names.insert(names.end(), {"help", "--help", "--version"});
  out << "# bash completion for irkg; generated by 'irkg completion bash'.\n"
         "_irkg() {\n"
         "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
         "  if [[ $COMP_CWORD -eq 1 ]]; then\n"
         "    COMPREPLY=($(compgen -W \""
      << Words(names)
      << "\" -- \"$cur\"))\n"
         "    return\n"
         "  fi\n"
         "  local command=\"${COMP_WORDS[1]}\" options=\"\" subcommands=\"\"\n"
         "  case \"$command\" in\n";
  for (const Command& c : Commands()) {
    std::vector<std::string> options, subcommands;
    for (const CommandDoc& doc : docs) {
      if (doc.name == c.name) {
        for (const OptionDoc& o : doc.options)
          options.insert(options.end(), o.flags.begin(), o.flags.end());
        // A positional with a fixed set of values ("completion bash") completes like a
        // subcommand.
        for (const OptionDoc& o : doc.options) {
          if (o.flags.empty())
            subcommands.insert(subcommands.end(), o.values.begin(), o.values.end());
        }
      } else if (doc.name.starts_with(std::string(c.name) + " ")) {
        subcommands.push_back(doc.name.substr(std::string(c.name).size() + 1));
        for (const OptionDoc& o : doc.options)
          options.insert(options.end(), o.flags.begin(), o.flags.end());
      }
    }
    options.push_back("--help");
    std::sort(options.begin(), options.end());
    options.erase(std::unique(options.begin(), options.end()), options.end());
    out << "    " << c.name << ") options=\"" << Words(options) << "\"";
    if (!subcommands.empty()) out << " subcommands=\"" << Words(subcommands) << "\"";
    out << " ;;\n";
  }
  out << "  esac\n"
         "  case \"$command $prev\" in\n";
  // Options with a fixed set of values complete to those values.
  std::vector<std::string> cases;
  for (const CommandDoc& doc : docs) {
    const std::string command = doc.name.substr(0, doc.name.find(' '));
    for (const OptionDoc& o : doc.options) {
      if (o.values.empty()) continue;
      for (const std::string& flag : o.flags) {
        cases.push_back("    \"" + command + " " + flag + "\") COMPREPLY=($(compgen -W \"" +
                        Words(o.values) + "\" -- \"$cur\")); return ;;\n");
      }
    }
  }
  std::sort(cases.begin(), cases.end());
  cases.erase(std::unique(cases.begin(), cases.end()), cases.end());
  for (const std::string& c : cases) out << c;
  out << "  esac\n"
         "  if [[ $cur == -* ]]; then\n"
         "    COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
         "  elif [[ $COMP_CWORD -eq 2 && -n $subcommands ]]; then\n"
         "    COMPREPLY=($(compgen -W \"$subcommands\" -- \"$cur\"))\n"
         "  fi\n"
         "}\n"
         "complete -o default -F _irkg irkg\n";
}

Command ManCommand() {
  return {"man", "man", "Print the manual page (roff): irkg man | man -l -", [](CLI::App&) {
            return [](Context& ctx) {
              WriteManPage(ctx.out);
              return kExitOk;
            };
          }};
}

Command CompletionCommand() {
  return {
      "completion", "completion bash",
      "Print the bash completion script: source <(irkg completion bash)", [](CLI::App& app) {
        auto shell = std::make_shared<std::string>();
        app.add_option("SHELL", *shell, "The shell")->required()->check(CLI::IsMember({"bash"}));
        return [shell](Context& ctx) {  // the option writes into `shell` while parsing
          WriteBashCompletion(ctx.out);
          return kExitOk;
        };
      }};
}

}  // namespace

std::vector<Command> DocCommands() { return {ManCommand(), CompletionCommand()}; }

}  // namespace irkg::cli
