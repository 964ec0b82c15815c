#pragma once
// modeldesk-cli command registry. Each command group lives in its own
// cmd_*.cpp and registers itself with a static CommandRegistration.

#include <iosfwd>
#include <string>
#include <vector>

#include "app/cli/args.h"

namespace md::cli {

struct CommandContext {
  Args args;         // everything after the command name
  std::ostream& out; // results (JSON with --json)
  std::ostream& err; // progress and human diagnostics
  bool json = false;
};

using CommandFn = int (*)(CommandContext&);

struct Command {
  std::string name;
  std::string usage;
  CommandFn run = nullptr;
};

std::vector<Command>& commandRegistry();

struct CommandRegistration {
  CommandRegistration(std::string name, std::string usage, CommandFn run);
};

// Exit codes.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

} // namespace md::cli
