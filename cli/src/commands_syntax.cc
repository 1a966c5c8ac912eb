// syntax train | eval | parse: the part-of-speech tagger and dependency parser of irkg::syntax.
#include <chrono>
#include <fstream>
#include <iomanip>

#include "command.h"
#include "irkg/cli/cli.h"
#include "irkg/ingest/text.h"
#include "irkg/syntax/conllu.h"
#include "irkg/syntax/parser.h"
#include "irkg/syntax/training.h"

namespace irkg::cli {
namespace {

struct SyntaxOptions {
  std::string treebank;
  std::string dev;
  std::string output;
  std::string model;
  std::vector<std::string> files;
  syntax::TrainOptions train;
};

std::string ModelPath(const SyntaxOptions& options) {
  return options.model.empty() ? FindDataDir("").path + "/syntax/en.model" : options.model;
}

std::vector<syntax::TreebankSentence> ReadTreebank(const std::string& path, Context& ctx) {
  Diagnostics diagnostics;
  auto sentences = syntax::ReadConllu(path, diagnostics);
  for (const Diagnostic& d : diagnostics) ctx.err << "irkg: " << d.ToString() << "\n";
  if (!diagnostics.empty()) ctx.input_problems = true;
  return sentences;
}

int Train(Context& ctx, SyntaxOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  auto train = ReadTreebank(options.treebank, ctx);
  std::vector<syntax::TreebankSentence> dev;
  if (!options.dev.empty()) dev = ReadTreebank(options.dev, ctx);
  if (train.empty()) throw Error(options.treebank + ": no sentences to train on");
  options.train.log = &ctx.err;
  auto parser = syntax::Train(train, dev, options.train);
  parser->Save(options.output);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ctx.err << "irkg: wrote " << options.output << " (trained on " << train.size() << " sentences in "
          << std::fixed << std::setprecision(1) << seconds << " s)\n";
  return kExitOk;
}

int Eval(Context& ctx, const SyntaxOptions& options) {
  auto parser = syntax::Parser::Load(ModelPath(options));
  for (const std::string& file : options.files) {
    auto gold = ReadTreebank(file, ctx);
    const syntax::Accuracy a = syntax::Evaluate(*parser, gold);
    ctx.out << file << ": " << gold.size() << " sentences, " << a.words << " words: UPOS "
            << std::fixed << std::setprecision(2) << a.Upos() << "%, UAS " << a.Uas() << "%, LAS "
            << a.Las() << "% (basic relations " << a.BasicLas() << "%)\n";
  }
  return kExitOk;
}

void WriteConllu(std::ostream& out, std::span<const std::string_view> words,
                 const syntax::ParsedSentence& parsed) {
  for (size_t i = 0; i < words.size(); ++i) {
    out << i + 1 << '\t' << words[i] << "\t_\t" << syntax::ToString(parsed.tags[i]) << "\t_\t_\t"
        << parsed.heads[i] + 1 << '\t' << syntax::ToString(parsed.labels[i]) << "\t_\t_\n";
  }
  out << '\n';
}

int Parse(Context& ctx, const SyntaxOptions& options) {
  auto parser = syntax::Parser::Load(ModelPath(options));
  syntax::ParsedSentence parsed;
  std::vector<std::string_view> words;
  auto parse_stream = [&](std::istream& in) {
    std::string line;
    while (std::getline(in, line)) {
      const ingest::TokenizedText tokenized = ingest::Tokenize(line);
      if (tokenized.tokens.empty()) continue;
      words.clear();
      for (const ingest::Token& t : tokenized.tokens) {
        words.push_back(std::string_view(line).substr(t.begin, t.end - t.begin));
      }
      parser->Parse(words, parsed);
      ctx.out << "# text = " << line << "\n";
      WriteConllu(ctx.out, words, parsed);
    }
  };
  if (options.files.empty()) {
    parse_stream(ctx.in);
  }
  for (const std::string& file : options.files) {
    std::ifstream in(file);
    if (!in) throw Error(file + ": cannot open");
    parse_stream(in);
  }
  return kExitOk;
}

Command SyntaxCommand() {
  return {"syntax",
          "syntax train --treebank TRAIN.conllu.gz [--dev DEV.conllu.gz] -o MODEL | syntax eval "
          "[--model MODEL] TEST.conllu.gz... | syntax parse [--model MODEL] [FILE...]",
          "Train, evaluate or run the part-of-speech tagger and dependency parser",
          [](CLI::App& app) {
            auto options = std::make_shared<SyntaxOptions>();
            app.require_subcommand(1);
            CLI::App* train = app.add_subcommand("train", "Train a model on a CoNLL-U treebank");
            train->add_option("--treebank", options->treebank, "Training treebank (.conllu[.gz])")
                ->required();
            train->add_option("--dev", options->dev, "Development treebank, to choose the epochs");
            train->add_option("-o,--output", options->output, "Model file to write")->required();
            train->add_option("--tagger-epochs", options->train.tagger_epochs, "At most")
                ->capture_default_str();
            train->add_option("--parser-epochs", options->train.parser_epochs, "At most")
                ->capture_default_str();
            train->add_option("--folds", options->train.folds, "Jackknifing folds for the tags")
                ->capture_default_str();
            train->add_option("--threads", options->train.threads, "Folds trained at once")
                ->capture_default_str();
            train->add_option("--seed", options->train.seed, "Random seed")->capture_default_str();
            CLI::App* eval = app.add_subcommand(
                "eval", "Tag and parse treebanks; print UPOS accuracy, UAS and LAS for each");
            eval->add_option("--model", options->model, "Model (default: the data directory's)");
            eval->add_option("FILES", options->files, "CoNLL-U treebanks")->required();
            CLI::App* parse = app.add_subcommand(
                "parse", "Parse text, one sentence a line, into CoNLL-U (stdin without FILE)");
            parse->add_option("--model", options->model, "Model (default: the data directory's)");
            parse->add_option("FILES", options->files, "Text files");
            return [options, train, eval](Context& ctx) {
              if (train->parsed()) return Train(ctx, *options);
              if (eval->parsed()) return Eval(ctx, *options);
              return Parse(ctx, *options);
            };
          }};
}

}  // namespace

std::vector<Command> SyntaxCommands() { return {SyntaxCommand()}; }

}  // namespace irkg::cli
