// score: compares zhcorpus output with gold data and prints accuracy figures.
// Each subcommand is registered by its own tools/score_*.cc file.
#include <exception>
#include <iostream>

#include "score_registry.h"

int main(int argc, char** argv) {
  CLI::App app{
      "score: measure zhcorpus output against gold data.\n"
      "Each subcommand prints its figures on stdout; see `score SUBCOMMAND --help`."};
  app.require_subcommand(1);
  int exit_code = 0;
  for (const auto& add : zhcorpus::tools::ScoreCommands()) add(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  } catch (const std::exception& e) {
    std::cerr << "score: " << e.what() << '\n';
    return 2;
  }
  return exit_code;
}
