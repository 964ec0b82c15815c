#pragma once
// The fake Ollama server's own template rules (DESIGN.md §3), written apart
// from core/templates on purpose so the two can check each other: detection
// of a GGUF chat template against Ollama's 37 references (plain Levenshtein
// over code points, first minimum, below 100) and the capabilities
// /api/show lists for an emulated version.

#include <optional>
#include <string>
#include <vector>

#include "core/ollama/version.h"

namespace md::testing {

struct FakeDetection {
  std::string family;
  std::vector<std::string> stop;
  std::string goTemplate; // the fake's stand-in for Ollama's template of the family
};

// The whole Levenshtein table over code points, two rows at a time (slow and
// plain: the reference the banded one in core is checked against).
std::size_t fullLevenshtein(const std::u32string& a, const std::u32string& b);

// Reads resources/templates/ollama-templates-v0.33.json from the source tree.
std::optional<FakeDetection> fakeDetectTemplate(const std::string& chatTemplate);

// /api/show's capabilities: completion, tools, insert, vision, thinking.
std::vector<std::string> fakeCapabilities(const ollama::Version& version, const std::string& goTemplate,
                                          const std::string& chatTemplate, bool hasProjector, bool goTemplateEnv);

} // namespace md::testing
