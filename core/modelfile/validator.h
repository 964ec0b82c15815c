#pragma once
// The checks `ollama create` makes after parsing (parameter names and types,
// deprecated parameters, FROM targets, REQUIRES), plus the editor's own:
// which repeated instruction wins. Every finding is a Diagnostic with a span.

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/modelfile/modelfile.h"
#include "core/modelfile/parser.h"

namespace md::modelfile {

struct CheckOptions {
  std::filesystem::path modelfileDir; // FROM/ADAPTER/DRAFT paths are relative to it
  bool checkPaths = true;             // false: skip the file system
  // When set, asked whether a FROM model name exists on the Ollama server.
  std::function<bool(const std::string&)> modelExists;
};

std::vector<Diagnostic> validate(const Modelfile& modelfile, const CheckOptions& options);

struct CheckReport {
  ParseOutcome parse;
  std::vector<Diagnostic> diagnostics; // the parse error first, then validation, in line order
  bool hasErrors() const;
  const Diagnostic* firstError() const;
};

// Parse, then validate whatever parsed (also the commands before a syntax error).
CheckReport check(std::string_view text, const CheckOptions& options);

bool isSemanticVersion(std::string_view text);

} // namespace md::modelfile
