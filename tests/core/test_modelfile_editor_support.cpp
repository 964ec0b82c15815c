// The editor's Qt-free engines: highlight tokenizer (golden expectations),
// completion, template presets and chat-template family detection.

#include <gtest/gtest.h>

#include <map>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/modelfile/completion.h"
#include "core/modelfile/highlight_tokenizer.h"
#include "core/modelfile/parser.h"
#include "core/modelfile/template_presets.h"

namespace md::modelfile {
namespace {

// "line:start kind text" per token, one per line.
std::string golden(std::string_view text) {
  std::string out;
  std::size_t lineStart = 0;
  int lineNumber = 1;
  for (const auto& line : tokenizeText(text)) {
    const std::size_t end = text.find('\n', lineStart);
    const std::string_view lineText = text.substr(lineStart, end == text.npos ? text.npos : end - lineStart);
    for (const auto& token : line.tokens)
      out += std::to_string(lineNumber) + ":" + std::to_string(token.start) + " " + tokenKindName(token.kind) + " " +
             std::string(lineText.substr(token.start, token.length)) + "\n";
    lineStart = end == text.npos ? text.size() : end + 1;
    ++lineNumber;
  }
  return out;
}

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Golden files: tests/golden/highlight/NAME.Modelfile is tokenised and must
// give NAME.tokens exactly. After a deliberate change, regenerate them with
// MODELDESK_UPDATE_GOLDEN=1 and review the diff.
TEST(ModelfileHighlight, GoldenFiles) {
  const std::filesystem::path folder = std::filesystem::path(MODELDESK_SOURCE_DIR) / "tests/golden/highlight";
  const bool update = std::getenv("MODELDESK_UPDATE_GOLDEN") != nullptr;
  int compared = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() != ".Modelfile")
      continue;
    const std::string actual = golden(readFile(entry.path()));
    const auto expectedPath = std::filesystem::path(entry.path()).replace_extension(".tokens");
    if (update)
      std::ofstream(expectedPath, std::ios::binary) << actual;
    ASSERT_TRUE(std::filesystem::exists(expectedPath)) << expectedPath;
    EXPECT_EQ(actual, readFile(expectedPath)) << entry.path();
    ++compared;
  }
  EXPECT_GE(compared, 3);
}

TEST(ModelfileHighlight, InstructionsParametersValuesAndComments) {
  EXPECT_EQ(golden("# comment\nFROM ./x.gguf # kept\nPARAMETER temperature 0.7\nPARAMETER bogus 1\n"
                   "parameter stop <|im_end|>\nMESSAGE robot hi\nFORM x\n"),
            "1:0 comment # comment\n"
            "2:0 instruction FROM\n"
            "2:5 value ./x.gguf # kept\n"
            "3:0 instruction PARAMETER\n"
            "3:10 parameter temperature\n"
            "3:22 number 0.7\n"
            "4:0 instruction PARAMETER\n"
            "4:10 error bogus\n"
            "4:16 value 1\n"
            "5:0 instruction parameter\n"
            "5:10 parameter stop\n"
            "5:15 value <|im_end|>\n"
            "6:0 instruction MESSAGE\n"
            "6:8 error robot\n"
            "6:14 value hi\n"
            "7:0 error FORM x\n");
}

TEST(ModelfileHighlight, StringsSpanLinesAndTemplateActionsArePickedOut) {
  EXPECT_EQ(golden("TEMPLATE \"\"\"{{- if .System }}sys\n{{ range .Messages }}x{{ end -}}\n\"\"\"\nSYSTEM \"a\nb\"\n"
                   "FROM x\n"),
            "1:0 instruction TEMPLATE\n"
            "1:9 string \"\"\"\n"
            "1:12 action {{- \n"
            "1:16 keyword if\n"
            "1:18 action  \n"
            "1:19 variable .System\n"
            "1:26 action  }}\n"
            "1:29 string sys\n"
            "2:0 action {{ \n"
            "2:3 keyword range\n"
            "2:8 action  \n"
            "2:9 variable .Messages\n"
            "2:18 action  }}\n"
            "2:21 string x\n"
            "2:22 action {{ \n"
            "2:25 keyword end\n"
            "2:28 action  -}}\n"
            "3:0 string \"\"\"\n"
            "4:0 instruction SYSTEM\n"
            "4:7 string \"a\n"
            "5:0 string b\"\n"
            "6:0 instruction FROM\n"
            "6:5 value x\n");
}

TEST(ModelfileHighlight, QuoteStateFollowsOllamasClosingRule) {
  namespace hs = highlight_state;
  EXPECT_EQ(tokenizeLine("SYSTEM \"abc\" def", hs::kNormal).endState, hs::kInQuote); // not closed: no quote at the end
  EXPECT_EQ(tokenizeLine("SYSTEM \"\"\"", hs::kNormal).endState, hs::kInTripleQuote);
  EXPECT_EQ(tokenizeLine("TEMPLATE \"\"\"x", hs::kNormal).endState, hs::kInTripleQuote | hs::kTemplateFlag);
  EXPECT_EQ(tokenizeLine("still \"open\"", hs::kInTripleQuote).endState, hs::kInTripleQuote);
  EXPECT_EQ(tokenizeLine("closed\"\"\"  ", hs::kInTripleQuote).endState, hs::kNormal);
  EXPECT_EQ(tokenizeLine("SYSTEM \"\"", hs::kNormal).endState, hs::kNormal);
}

std::vector<std::string> texts(const CompletionContext& context) {
  std::vector<std::string> out;
  for (const auto& item : context.items)
    out.push_back(item.text);
  return out;
}

TEST(ModelfileCompletion, InstructionsParametersRolesAndBools) {
  EXPECT_EQ(texts(completeAt("pa", 2, 0)), (std::vector<std::string>{"PARSER", "PARAMETER"}));
  EXPECT_EQ(completeAt("  fr", 4, 0).replaceStart, 2u);
  const auto parameters = completeAt("PARAMETER te", 12, 0);
  ASSERT_EQ(texts(parameters), (std::vector<std::string>{"temperature"}));
  EXPECT_EQ(parameters.items[0].detail, "float");
  EXPECT_FALSE(parameters.items[0].doc.empty());
  EXPECT_EQ(parameters.replaceStart, 10u);
  EXPECT_EQ(parameters.prefix, "te");
  EXPECT_EQ(texts(completeAt("MESSAGE ", 8, 0)), (std::vector<std::string>{"system", "user", "assistant"}));
  EXPECT_EQ(texts(completeAt("PARAMETER use_mmap t", 20, 0)), (std::vector<std::string>{"true"}));
  EXPECT_TRUE(completeAt("PARAMETER mirostat", 18, 0).items.empty()); // deprecated names are not offered
  EXPECT_TRUE(completeAt("FROM ", 5, 0).items.empty());
  EXPECT_TRUE(completeAt("fr", 2, highlight_state::kInQuote).items.empty());
  EXPECT_TRUE(completeAt("# fr", 4, 0).items.empty());
}

TEST(ModelfileTemplates, DetectsEachFamilyFromItsChatTemplate) {
  const std::vector<std::pair<std::string, TemplateFamily>> cases = {
      {"{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>{% endfor %}",
       TemplateFamily::ChatML},
      {"{{ '<|start_header_id|>' + m['role'] + '<|end_header_id|>' }}<|eot_id|>", TemplateFamily::Llama3},
      {"{{ '<start_of_turn>' + role + '\n' }}<end_of_turn>", TemplateFamily::Gemma},
      {"{{ bos_token }}{% if m.role == 'user' %}[INST] {{ m.content }} [/INST]{% endif %}", TemplateFamily::Mistral},
      {"{{ '<|user|>\n' + m.content + '<|end|>\n<|assistant|>\n' }}", TemplateFamily::Phi3},
      {"[INST] <<SYS>>\n{{ system }}\n<</SYS>>\n\n{{ user }} [/INST]", TemplateFamily::Llama2},
      {"{{ system }} USER: {{ m.content }} ASSISTANT:", TemplateFamily::Vicuna},
      {"### Instruction:\n{{ m.content }}\n\n### Response:", TemplateFamily::Alpaca},
      {"{{'<｜User｜>' + m['content']}}{{'<｜Assistant｜>'}}", TemplateFamily::DeepSeek},
  };
  for (const auto& [chatTemplate, family] : cases)
    EXPECT_EQ(detectTemplateFamily(chatTemplate), family) << chatTemplate;
  EXPECT_FALSE(detectTemplateFamily("{{ messages }}").has_value());
}

// Each preset's stops and the turn its template ends with, written out here
// (not taken from the preset table under test).
TEST(ModelfileTemplates, EveryPresetHasTheStopsAndAnswerTurnOfItsFamily) {
  const std::map<std::string, std::pair<std::vector<std::string>, std::string>> expected = {
      {"chatml", {{"<|im_start|>", "<|im_end|>"}, "<|im_start|>assistant\n{{ .Response }}<|im_end|>\n"}},
      {"llama3",
       {{"<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>"},
        "<|start_header_id|>assistant<|end_header_id|>\n\n{{ .Response }}<|eot_id|>"}},
      {"gemma", {{"<start_of_turn>", "<end_of_turn>"}, "<start_of_turn>model\n{{ .Response }}<end_of_turn>\n"}},
      {"mistral", {{"[INST]", "[/INST]"}, "[/INST] {{ .Response }}"}},
      {"phi3", {{"<|end|>", "<|user|>", "<|assistant|>"}, "<|assistant|>\n{{ .Response }}<|end|>\n"}},
      {"llama2", {{"[INST]", "[/INST]", "<<SYS>>", "<</SYS>>"}, "[/INST] {{ .Response }}"}},
      {"vicuna", {{"USER:", "ASSISTANT:"}, "ASSISTANT: {{ .Response }}"}},
      {"alpaca", {{"### Instruction:", "### Response:"}, "### Response:\n{{ .Response }}"}},
      {"deepseek",
       {{"<｜begin▁of▁sentence｜>", "<｜end▁of▁sentence｜>", "<｜User｜>", "<｜Assistant｜>"},
        "<｜Assistant｜>{{ .Response }}"}},
  };
  EXPECT_EQ(templatePresets().size(), expected.size());
  for (const auto& [id, stopsAndTurn] : expected) {
    const TemplatePreset* preset = findTemplatePreset(id);
    ASSERT_NE(preset, nullptr) << id;
    EXPECT_EQ(preset->stops, stopsAndTurn.first) << id;
    EXPECT_NE(preset->templateText.find(stopsAndTurn.second), std::string::npos) << id << ":\n" << preset->templateText;
  }
}

TEST(ModelfileTemplates, EveryPresetParsesBackWithItsStops) {
  for (const auto& preset : templatePresets()) {
    const std::string text = "FROM x\n" + presetModelfileText(preset);
    auto parsed = parseModelfile(text);
    ASSERT_TRUE(parsed.ok()) << preset.id << ": " << parsed.error().message;
    ASSERT_EQ(parsed->commands.size(), 2 + preset.stops.size()) << preset.id;
    EXPECT_EQ(parsed->commands[1].value, preset.templateText) << preset.id;
    EXPECT_EQ(parsed->commands.back().value, preset.stops.back()) << preset.id;
    EXPECT_EQ(&templatePreset(preset.family), findTemplatePreset(preset.id));
  }
}

TEST(ModelfileTemplates, ApplyReplacesTemplateAndStopLines) {
  const std::string before = "FROM ./x.gguf\nTEMPLATE \"\"\"old\nlines\"\"\"\nPARAMETER stop <old>\n"
                             "PARAMETER temperature 0.2\nPARAMETER stop \"<also old>\"\n";
  auto after = applyTemplatePreset(before, templatePreset(TemplateFamily::Gemma));
  ASSERT_TRUE(after.ok()) << after.error().message;
  // Written out here, not taken from the preset table under test.
  EXPECT_EQ(*after, "FROM ./x.gguf\n"
                    "TEMPLATE \"\"\"<start_of_turn>user\n"
                    "{{ if .System }}{{ .System }} {{ end }}{{ .Prompt }}<end_of_turn>\n"
                    "<start_of_turn>model\n"
                    "{{ .Response }}<end_of_turn>\n"
                    "\"\"\"\n"
                    "PARAMETER stop <start_of_turn>\n"
                    "PARAMETER stop <end_of_turn>\n"
                    "PARAMETER temperature 0.2\n");
  auto appended = applyTemplatePreset("FROM x", templatePreset(TemplateFamily::Mistral));
  ASSERT_TRUE(appended.ok());
  EXPECT_EQ(*appended, "FROM x\n"
                       "TEMPLATE [INST] {{ if .System }}{{ .System }} {{ end }}{{ .Prompt }} [/INST] {{ .Response }}\n"
                       "PARAMETER stop [INST]\n"
                       "PARAMETER stop [/INST]\n");
  EXPECT_FALSE(applyTemplatePreset("FROM x\nBOGUS\n", templatePreset(TemplateFamily::ChatML)).ok());
}

} // namespace
} // namespace md::modelfile
