#pragma once
// Shared by cmd_ollama.cpp and cmd_ollama_copy.cpp: the result and error
// printers (JSON with --json) and the subcommands that live in their own file.

#include <string>

#include <nlohmann/json.hpp>

#include "app/cli/command.h"
#include "core/ollama/client.h"

namespace md::cli {

// Prints the error (JSON with --json); returns the exit code (130 when cancelled).
int ollamaFail(CommandContext& context, const Error& error);
// Prints the result: `result` as JSON with --json, else `text`.
int ollamaDone(CommandContext& context, const nlohmann::json& result, const std::string& text);

// copy-to-host NAME URL [--as NEWNAME] [--store DIR] [--force]; `source` is --host.
int copyToHostCommand(CommandContext& context, const ollama::Client& source);
// compare A B [--store DIR].
int compareCommand(CommandContext& context, const ollama::Client& client);

} // namespace md::cli
