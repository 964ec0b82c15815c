// modeldesk-cli: the headless front end. Every core action is a subcommand;
// --json switches results to machine-readable JSON on stdout.

#include <iostream>
#include <nlohmann/json.hpp>

#include "app/cli/command.h"
#include "core/util/build_info.h"
#include "core/util/json_text.h"

namespace md::cli {

std::vector<Command>& commandRegistry() {
  static std::vector<Command> registry;
  return registry;
}

CommandRegistration::CommandRegistration(std::string name, std::string usage, CommandFn run) {
  commandRegistry().push_back({std::move(name), std::move(usage), run});
}

namespace {

void printUsage(std::ostream& out) {
  out << "Usage: modeldesk-cli [--version] [--json] COMMAND [ARGS...]\n\nCommands:\n";
  for (const auto& command : commandRegistry())
    out << "  " << command.usage << "\n";
  out << "\nEvery command accepts --json for machine-readable output.\n";
}

int printVersion(bool json) {
  const auto versions = componentVersions();
  if (json) {
    nlohmann::json object = nlohmann::json::object();
    for (const auto& [name, version] : versions)
      object[name] = version;
    std::cout << toJsonText(object, 2) << "\n";
  } else {
    std::cout << "modeldesk-cli " << versions.front().second << "\n";
    for (std::size_t i = 1; i < versions.size(); ++i)
      std::cout << "  " << versions[i].first << " " << versions[i].second << "\n";
  }
  return kExitOk;
}

} // namespace
} // namespace md::cli

int main(int argc, char** argv) {
  using namespace md::cli;
  Args args(std::vector<std::string>(argv + 1, argv + argc));
  const bool json = args.takeFlag("json");
  if (args.takeFlag("version"))
    return printVersion(json);
  const bool help = args.takeFlag("help", "h"); // "merge --help": that command's usage
  if (args.empty()) {
    printUsage(std::cout);
    return kExitOk;
  }
  const std::string name = *args.takeFirst();
  for (const auto& command : commandRegistry()) {
    if (command.name != name)
      continue;
    if (help) {
      std::cout << "Usage: modeldesk-cli " << command.usage << "\n";
      return kExitOk;
    }
    CommandContext context{std::move(args), std::cout, std::cerr, json};
    return command.run(context);
  }
  std::cerr << "modeldesk-cli: unknown command '" << name << "'\n\n";
  printUsage(std::cerr);
  return kExitUsage;
}
