// The irkg executable is the libraries plus this main(), which only forwards argv.
#include <iostream>

#include "irkg/cli/cli.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  return irkg::cli::Run(std::vector<std::string>(argv + 1, argv + argc), std::cin, std::cout,
                        std::cerr);
}
