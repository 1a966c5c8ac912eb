// The data directory search, --version, the manual page and the bash completion.
#include <doctest/doctest.h>

#include <cstdlib>
#include <optional>
#include <sstream>

#include "irkg/cli/cli.h"
#include "run_irkg.h"
#include "test_support.h"

namespace {

using irkg::testing::Output;
using irkg::testing::RunIrkg;

// Sets an environment variable for the life of the object.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (old_) {
      setenv(name_, old_->c_str(), 1);
    } else {
      unsetenv(name_);
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

const std::string kArticle =
    "{\"id\": \"a\", \"date\": \"2022-02-26\", \"text\": \"Russia invaded Ukraine.\"}\n";

}  // namespace

TEST_CASE("the data directory: --data-dir, then $IRKG_DATA_DIR, then beside the executable") {
  irkg::testing::TempDir dir;
  const std::string nowhere = dir.File("nowhere");
  {
    // Beside the executable: the build tree's share/irkg, linked to the data.
    unsetenv("IRKG_DATA_DIR");
    Output v = RunIrkg({"--version"});
    CHECK(v.code == 0);
    CHECK(v.out.starts_with("irkg 0."));
    CHECK(v.out.ends_with("/share/irkg (beside the executable)\n"));
    Output r = RunIrkg({"extract", "-"}, kArticle);
    CHECK(r.code == 0);
    CHECK(r.out.find("\"relation\":\"assaults\"") != std::string::npos);
  }
  {
    ScopedEnv env("IRKG_DATA_DIR", nowhere);
    CHECK(RunIrkg({"--version"}).out.ends_with("\ndata: " + nowhere + " ($IRKG_DATA_DIR)\n"));
    Output r = RunIrkg({"extract", "-"}, kArticle);
    CHECK(r.code == irkg::cli::kExitFailure);
    CHECK(r.err == "irkg: error: " + nowhere +
                       ": data directory not found (set IRKG_DATA_DIR or --data-dir)\n");
    // --data-dir wins over the environment.
    Output o = RunIrkg({"extract", "-", "--data-dir", IRKG_TEST_DATA_DIR}, kArticle);
    CHECK(o.code == 0);
    CHECK(o.out.find("\"relation\":\"assaults\"") != std::string::npos);
  }
}

TEST_CASE("the manual page documents every command, option and exit code") {
  Output man = RunIrkg({"man"});
  CHECK(man.code == 0);
  CHECK(man.out.starts_with(".TH IRKG 1 \"\" \"irkg 0."));
  for (const char* heading : {".SH NAME\nirkg \\- a knowledge graph of international relations",
                              ".SH SYNOPSIS\n", ".SH COMMANDS\n", ".SH FILES\n",
                              ".SH ENVIRONMENT\n.TP\n.B IRKG_DATA_DIR\n", ".SH EXIT STATUS\n"}) {
    CHECK_MESSAGE(man.out.find(heading) != std::string::npos, heading);
  }
  for (const char* command : {"extract", "ingest", "export", "path", "neighbors", "stats", "actors",
                              "eval", "syntax", "man", "completion"}) {
    CHECK_MESSAGE(man.out.find(std::string(".SS \"irkg ") + command) != std::string::npos, command);
  }
  // An option, its description and its values, as --help gives them.
  CHECK(man.out.find(".TP\n\\fB\\-\\-format\\fR \\fIVALUE\\fR\ngraphml, jsonld or gexf (one of: "
                     "graphml jsonld gexf)\n") != std::string::npos);
  CHECK(man.out.find(".TP\n\\fB\\-o\\fR, \\fB\\-\\-output\\fR \\fIVALUE\\fR\n") !=
        std::string::npos);
  CHECK(man.out.find("\\fBactors resolve\\fR: The actors a text mentions.\n") != std::string::npos);
  for (int code = 0; code <= 4; ++code) {
    CHECK(man.out.find(".TP\n.B " + std::to_string(code) + "\n") != std::string::npos);
  }
  // No line may start with a roff control character that the text did not mean.
  std::istringstream lines(man.out);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.starts_with("'")) FAIL("stray roff request: " << line);
  }
}

TEST_CASE("the bash completion knows the commands, options and --format values") {
  Output bash = RunIrkg({"completion", "bash"});
  CHECK(bash.code == 0);
  CHECK(bash.out.find("compgen -W \"extract ingest export stats path neighbors evidence timeline "
                      "top actors eval syntax man completion help --help --version\"") !=
        std::string::npos);
  CHECK(bash.out.find("    \"export --format\") COMPREPLY=($(compgen -W \"graphml jsonld gexf\" -- "
                      "\"$cur\")); return ;;\n") != std::string::npos);
  CHECK(bash.out.find(
            "    actors) options=\"--actors --addressee --data-dir --date --help --json "
            "--limit --patterns --speaker --title\" subcommands=\"resolve show search\" ;;\n") !=
        std::string::npos);
  CHECK(bash.out.ends_with("complete -o default -F _irkg irkg\n"));
  Output zsh = RunIrkg({"completion", "zsh"});
  CHECK(zsh.code == irkg::cli::kExitUsage);
  CHECK(zsh.err.starts_with("irkg: error: completion: SHELL: zsh not in {bash}"));
}
