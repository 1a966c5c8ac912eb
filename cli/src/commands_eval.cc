// eval: precision, recall and F1 of the extractor against a labelled set.
#include <cstdio>
#include <fstream>

#include "command.h"
#include "irkg/cli/cli.h"
#include "irkg/ingest/evaluation.h"
#include "irkg/ingest/text.h"

namespace irkg::cli {
namespace {

std::string Fixed(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

void PrintLevel(std::ostream& out, const char* name, const ingest::LevelReport& level,
                size_t misses) {
  const ingest::Score& o = level.overall;
  out << name << ": precision " << Fixed(o.Precision()) << ", recall " << Fixed(o.Recall())
      << ", F1 " << Fixed(o.F1()) << " (" << o.true_positives << " found, " << o.false_positives
      << " wrong, " << o.false_negatives << " missed)\n";
  out << "  relation            precision  recall    F1   found wrong missed\n";
  for (const graph::RelationInfo& info : graph::AllRelations()) {
    const ingest::Score& s = level.by_relation[static_cast<size_t>(info.relation)];
    if (s.true_positives + s.false_positives + s.false_negatives == 0) continue;
    std::string name_col(info.predicate);
    name_col.resize(20, ' ');
    char row[128];
    std::snprintf(row, sizeof row, "  %s %9s %7s %5s %7d %5d %6d\n", name_col.c_str(),
                  Fixed(s.Precision()).c_str(), Fixed(s.Recall()).c_str(), Fixed(s.F1()).c_str(),
                  s.true_positives, s.false_positives, s.false_negatives);
    out << row;
  }
  if (misses == 0 || level.mismatches.empty()) return;
  out << "  differences (" << level.mismatches.size() << "):\n";
  size_t shown = 0;
  for (const ingest::Mismatch& m : level.mismatches) {
    if (shown++ == misses) {
      out << "    ... (" << level.mismatches.size() - misses << " more; --misses N shows more)\n";
      break;
    }
    out << "    " << m.item << (m.missed ? " missed: " : " wrong:  ") << m.event << "  | "
        << ingest::Utf8Prefix(m.text, 110) << (m.text.size() > 110 ? "..." : "") << "\n";
  }
}

Command EvalCommand() {
  return {"eval", "eval GOLD.jsonl [--corpora DIR] [--misses N]",
          "Precision, recall and F1 against a labelled set, per relation, at actor and state level",
          [](CLI::App& app) {
            auto common = std::make_shared<CommonOptions>();
            auto path = std::make_shared<std::string>();
            auto misses = std::make_shared<size_t>(50);
            auto corpora = std::make_shared<std::string>();
            app.add_option("GOLD", *path, "Labelled items, JSON Lines")->required();
            app.add_option("--misses", *misses, "How many differences to list per level")
                ->capture_default_str();
            app.add_option("--corpora", *corpora,
                           "Directory of the corpora (NAME.jsonl.gz) that items without text "
                           "reference");
            AddKnowledgeOptions(app, *common);
            return [common, path, misses, corpora](Context& ctx) {
              std::ifstream in(*path, std::ios::binary);
              if (!in) throw Error(*path + ": cannot open: no such file or not readable");
              Diagnostics diagnostics;
              auto gold = ingest::ReadGold(in, *path, diagnostics);
              if (ingest::NeedsDocuments(gold)) {
                if (corpora->empty()) {
                  throw UsageError(*path +
                                   ": its items reference corpus documents; give --corpora DIR");
                }
                gold = ingest::ResolveDocuments(std::move(gold), *corpora, *path, diagnostics);
              }
              for (const Diagnostic& d : diagnostics) ctx.err << "irkg: " << d.ToString() << "\n";
              if (!diagnostics.empty()) ctx.input_problems = true;
              auto kb = LoadKnowledge(*common, ctx);
              ingest::Extractor extractor(*kb);
              ingest::EvaluationReport report = ingest::Evaluate(gold, extractor);
              ctx.out << *path << ": " << report.items << " items, " << report.negative_items
                      << " without a positive relation; " << report.negative_items_violated
                      << " of those produced one\n";
              for (const std::string& v : report.violations)
                ctx.out << "  negative case: " << v << "\n";
              PrintLevel(ctx.out, "state level", report.state, *misses);
              if (report.actor.overall.true_positives + report.actor.overall.false_positives +
                      report.actor.overall.false_negatives >
                  0) {
                PrintLevel(ctx.out, "actor level", report.actor, *misses);
              }
              return kExitOk;
            };
          }};
}

}  // namespace

std::vector<Command> EvalCommands() { return {EvalCommand()}; }

}  // namespace irkg::cli
