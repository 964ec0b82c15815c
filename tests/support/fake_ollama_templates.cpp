#include "tests/support/fake_ollama_templates.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace md::testing {
namespace {

bool has(const std::string& text, const char* what) {
  return text.find(what) != std::string::npos;
}

// UTF-8 to code points; a bad byte stands for itself (the references are valid UTF-8).
std::u32string runes(const std::string& text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const int length = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    char32_t rune = length == 1 ? c : c & (0xFF >> (length + 1));
    for (int k = 1; k < length && i + std::size_t(k) < text.size(); ++k)
      rune = (rune << 6) | (static_cast<unsigned char>(text[i + std::size_t(k)]) & 0x3F);
    out.push_back(rune);
    i += std::size_t(length);
  }
  return out;
}

const nlohmann::json& references() {
  static const nlohmann::json data = [] {
    std::ifstream in(MODELDESK_TEMPLATES_JSON, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return nlohmann::json::parse(text.str(), nullptr, false);
  }();
  return data;
}

struct Traits {
  bool tools = false, insert = false, thinking = false, roundTrip = false;
  int count() const { return int(tools) + int(insert) + int(thinking); }
};

Traits goTraits(const std::string& t) {
  Traits traits{has(t, ".Tools"), has(t, ".Suffix"), has(t, ".Thinking") || (has(t, "<think>") && has(t, "</think>"))};
  traits.roundTrip = traits.tools && has(t, ".ToolCalls") &&
                     (has(t, "eq .Role \"tool\"") || has(t, "tool_response") || has(t, "TOOL_RESULTS"));
  return traits;
}

Traits jinjaTraits(const std::string& t) {
  Traits traits;
  traits.tools = has(t, "tools") || has(t, "tool_call");
  traits.thinking = (has(t, "<think>") && has(t, "</think>")) ||
                    ((has(t, "split('</think>')") || has(t, "split(\"</think>\")")) && !has(t, "reasoning_content"));
  traits.roundTrip = has(t, "tool_call") && (has(t, "'tool'") || has(t, "\"tool\"") || has(t, "tool_response") ||
                                             has(t, "TOOL_RESULTS") || has(t, "ipython"));
  return traits;
}

} // namespace

std::size_t fullLevenshtein(const std::u32string& a, const std::u32string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::optional<FakeDetection> fakeDetectTemplate(const std::string& chatTemplate) {
  const auto& data = references();
  if (chatTemplate.empty() || !data.is_object())
    return std::nullopt;
  const std::u32string target = runes(chatTemplate);
  std::optional<FakeDetection> best;
  std::size_t bestDistance = 100;
  for (const auto& reference : data["templates"]) {
    const std::size_t distance = fullLevenshtein(target, runes(reference["jinja"].get<std::string>()));
    if (distance >= bestDistance)
      continue;
    bestDistance = distance;
    const std::string family = reference["name"].get<std::string>();
    // Of Ollama's detected templates only command-r's uses .Tools.
    const std::string tools = family == "command-r" ? "{{ if .Tools }}{{ .Tools }}{{ end }}" : "";
    best = FakeDetection{family, reference["stop"].get<std::vector<std::string>>(),
                         "{{/* autodetected " + family + " */}}" + tools + "{{ .Prompt }}"};
  }
  return best;
}

std::vector<std::string> fakeCapabilities(const ollama::Version& version, const std::string& goTemplate,
                                          const std::string& chatTemplate, bool hasProjector, bool goTemplateEnv) {
  Traits rendering = goTraits(goTemplate);
  if (version >= ollama::Version{0, 30, 0} && !chatTemplate.empty() && !goTemplateEnv) {
    const Traits jinja = jinjaTraits(chatTemplate);
    const bool preferGguf = jinja.count() > rendering.count() && !(rendering.roundTrip && !jinja.roundTrip);
    if (goTemplate.empty() || preferGguf)
      rendering = jinja;
  }
  std::vector<std::string> out{"completion"};
  if (rendering.tools)
    out.push_back("tools");
  if (rendering.insert)
    out.push_back("insert");
  if (hasProjector)
    out.push_back("vision");
  if (rendering.thinking)
    out.push_back("thinking");
  return out;
}

} // namespace md::testing
