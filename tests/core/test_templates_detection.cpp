// Ollama's template detection as ModelDesk reproduces it: the banded
// Levenshtein distance over code points, the embedded reference data, the
// first minimum below 100, and the capability rules for Jinja and Go
// templates. Expected values are written out by hand.

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/templates/capabilities.h"
#include "core/templates/levenshtein.h"
#include "core/templates/reference_templates.h"
#include "tests/support/chat_templates.h"
#include "tests/support/fake_ollama_templates.h"

namespace md::templates {
namespace {

using testing::kLlama3;
using testing::kOpenChat;

std::optional<std::size_t> distance(std::string_view a, std::string_view b, std::size_t cutoff = 100) {
  return levenshteinBelow(codePoints(a), codePoints(b), cutoff);
}

TEST(TemplateDistance, CountsEditsOverCodePointsBelowTheCutoff) {
  EXPECT_EQ(distance("kitten", "sitting"), 3u);
  EXPECT_EQ(distance("", "abc"), 3u);
  EXPECT_EQ(distance("abc", ""), 3u);
  EXPECT_EQ(distance("same", "same"), 0u);
  EXPECT_EQ(distance("日本語", "日木語"), 1u);       // one code point, three bytes
  EXPECT_EQ(distance("<｜User｜>", "<|User|>"), 2u); // full-width bars are one code point each
  EXPECT_EQ(distance("abc", "xyz", 4), 3u);
  EXPECT_EQ(distance("abc", "xyz", 3), std::nullopt); // 3 is not below 3
  EXPECT_EQ(distance("flaw", "lawn", 100), 2u);
}

TEST(TemplateDistance, LongTextsInsideAndOutsideTheBand) {
  const std::string base(400, 'a');
  std::string edited = base;
  for (int i = 0; i < 99; ++i)
    edited[std::size_t(i) * 4] = 'b';
  EXPECT_EQ(distance(base, edited), 99u);
  edited[396] = 'b';
  EXPECT_EQ(distance(base, edited), std::nullopt); // 100 substitutions
  EXPECT_EQ(distance(base, base + std::string(99, 'x')), 99u);
  EXPECT_EQ(distance(base, base + std::string(100, 'x')), std::nullopt);
  // A shift: one deletion at the start and one insertion at the end.
  std::string shifted = "0123456789" + std::string(300, 'q') + "abcdefghij";
  EXPECT_EQ(distance(shifted, shifted.substr(1) + "k"), 2u);
}

TEST(TemplateDistance, AgreesWithTheFullTableOnRandomEdits) {
  unsigned state = 17;
  auto next = [&state](unsigned range) {
    state = state * 1103515245u + 12345u;
    return (state >> 8) % range;
  };
  for (int round = 0; round < 300; ++round) {
    std::u32string a;
    for (unsigned k = next(120); k > 0; --k)
      a.push_back(U'a' + next(4));
    std::u32string b = a;
    for (unsigned edits = next(40); edits > 0 && !b.empty(); --edits) {
      const std::size_t at = next(unsigned(b.size()));
      switch (next(3)) {
      case 0: b[at] = U'a' + next(5); break;
      case 1: b.erase(at, 1); break;
      default: b.insert(b.begin() + std::ptrdiff_t(at), char32_t(U'a' + next(5))); break;
      }
    }
    const std::size_t full = testing::fullLevenshtein(a, b);
    for (std::size_t cutoff : {std::size_t(1), std::size_t(5), std::size_t(17), std::size_t(100)}) {
      const auto banded = levenshteinBelow(a, b, cutoff);
      if (full < cutoff)
        EXPECT_EQ(banded, full) << round << " cutoff " << cutoff;
      else
        EXPECT_EQ(banded, std::nullopt) << round << " cutoff " << cutoff;
    }
  }
}

TEST(ReferenceTemplates, HoldsOllamasThirtySevenInOrder) {
  const auto& references = referenceTemplates();
  ASSERT_EQ(references.size(), 37u);
  EXPECT_EQ(references[0].family, "chatml");
  EXPECT_EQ(references[2].family, "zephyr");
  EXPECT_EQ(references[4].family, "openchat");
  EXPECT_EQ(references[4].jinja, kOpenChat);
  EXPECT_EQ(references[4].stop, (std::vector<std::string>{"<|end_of_turn|>"}));
  EXPECT_EQ(references[22].family, "gemma3-instruct");
  EXPECT_EQ(references[22].stop, (std::vector<std::string>{"<end_of_turn>"}));
  EXPECT_EQ(references[23].jinja, kLlama3);
  EXPECT_EQ(references[36].family, "command-r");
  EXPECT_EQ(references[36].stop, (std::vector<std::string>{"<|START_OF_TURN_TOKEN|>", "<|END_OF_TURN_TOKEN|>"}));
  std::set<std::string> families;
  for (const auto& reference : references)
    families.insert(reference.family);
  EXPECT_EQ(families.size(), 19u);
  EXPECT_NE(referenceTemplatesNotice().find("MIT"), std::string::npos);
}

TEST(TemplateDetection, MatchesBelowOneHundredOnly) {
  auto exact = detectOllamaTemplate(kOpenChat);
  ASSERT_TRUE(exact);
  EXPECT_EQ(exact->family, "openchat");
  EXPECT_EQ(exact->distance, 0u);
  EXPECT_EQ(exact->index, 4u);

  auto near = detectOllamaTemplate(std::string(kLlama3) + "{# tools #}");
  ASSERT_TRUE(near);
  EXPECT_EQ(near->family, "llama3-instruct");
  EXPECT_EQ(near->distance, 11u);
  EXPECT_EQ(near->stop, (std::vector<std::string>{"<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>"}));

  EXPECT_EQ(detectOllamaTemplate(std::string(kOpenChat) + std::string(99, ' '))->distance, 99u);
  EXPECT_FALSE(detectOllamaTemplate(std::string(kOpenChat) + std::string(100, ' ')));
  EXPECT_FALSE(detectOllamaTemplate("{{ messages | tojson }}"));
  EXPECT_FALSE(detectOllamaTemplate(""));
}

TEST(TemplateDetection, TheFirstMinimumWins) {
  const std::vector<ReferenceTemplate> references = {
      {"far", "abcdefgh", codePoints("abcdefgh"), {"f"}},
      {"first", "abcx", codePoints("abcx"), {"1"}},
      {"tie", "abcy", codePoints("abcy"), {"2"}},
      {"closer-later", "abcz", codePoints("abcz"), {"3"}},
  };
  auto match = closestTemplate("abcq", references); // distance 1 to first, tie and closer-later
  ASSERT_TRUE(match);
  EXPECT_EQ(match->family, "first");
  EXPECT_EQ(match->distance, 1u);
  EXPECT_EQ(match->index, 1u);
  auto exact = closestTemplate("abcz", references);
  EXPECT_EQ(exact->family, "closer-later");
  EXPECT_EQ(exact->distance, 0u);
}

TEST(TemplateCapabilities, JinjaRules) {
  const auto plain = jinjaTraits("{% for m in messages %}{{ m.content }}{% endfor %}");
  EXPECT_FALSE(plain.tools);
  EXPECT_FALSE(plain.thinking);
  EXPECT_TRUE(jinjaTraits("{% if tools %}{{ tools | tojson }}{% endif %}").tools);
  EXPECT_TRUE(jinjaTraits("<tool_call>{{ x }}</tool_call>").tools);
  EXPECT_TRUE(jinjaTraits("<think>\n{{ r }}\n</think>").thinking);
  EXPECT_FALSE(jinjaTraits("</think> only").thinking);
  EXPECT_TRUE(jinjaTraits("{% set c = c.split('</think>')[-1] %}").thinking);
  EXPECT_FALSE(jinjaTraits("{% set c = c.split('</think>')[-1] %}{{ m.reasoning_content }}").thinking);
  EXPECT_TRUE(jinjaTraits("{{ m.tool_calls }}{% if m.role == 'tool' %}{% endif %}").toolRoundTrip);
  EXPECT_FALSE(jinjaTraits("{{ tools }}").toolRoundTrip);
}

TEST(TemplateCapabilities, GoRulesAndTheShowList) {
  const auto go = goTraits("{{ if .Tools }}{{ .Tools }}{{ end }}{{ .Suffix }}<think>{{ .Thinking }}</think>");
  EXPECT_TRUE(go.tools);
  EXPECT_TRUE(go.insert);
  EXPECT_TRUE(go.thinking);
  EXPECT_FALSE(go.toolRoundTrip);
  EXPECT_EQ(go.count(), 3);
  EXPECT_FALSE(goTraits("{{ .Prompt }}").tools);
  EXPECT_TRUE(goTraits("{{ .Tools }}{{ range .Messages }}{{ .ToolCalls }}{{ if eq .Role \"tool\" }}{{ end }}{{ end }}")
                  .toolRoundTrip);
  EXPECT_TRUE(goTraits("{{ .Tools }}{{ .ToolCalls }}[TOOL_RESULTS]").toolRoundTrip);

  std::vector<std::string> names;
  for (auto capability : capabilityList(go, true, false))
    names.push_back(capabilityName(capability));
  EXPECT_EQ(names, (std::vector<std::string>{"completion", "tools", "insert", "vision", "thinking"}));
  names.clear();
  for (auto capability : capabilityList({}, false, true))
    names.push_back(capabilityName(capability));
  EXPECT_EQ(names, (std::vector<std::string>{"embedding"}));
}

} // namespace
} // namespace md::templates
