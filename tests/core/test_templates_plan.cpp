// The template plan: what renders chats before and since Ollama 0.30, the
// capabilities /api/show lists, the stops, whether a TEMPLATE is needed and
// what ModelDesk suggests. Every template is written here; every expected
// value is a literal.

#include <gtest/gtest.h>

#include "core/modelfile/parser.h"
#include "core/templates/go_families.h"
#include "core/templates/template_plan.h"
#include "tests/support/chat_templates.h"

namespace md::templates {
namespace {

constexpr Version k029{0, 29, 0};
constexpr Version k033{0, 33, 0};

modelfile::Modelfile parsed(const std::string& text) {
  auto modelfile = modelfile::parseModelfile(text);
  EXPECT_TRUE(modelfile.ok()) << modelfile.error().describe();
  return modelfile ? *modelfile : modelfile::Modelfile{};
}

TemplatePlanInput input(const std::string& modelfileText, std::optional<std::string> chatTemplate, Version version) {
  TemplatePlanInput in;
  in.modelfile = parsed(modelfileText);
  in.chatTemplate = std::move(chatTemplate);
  in.serverVersion = version;
  return in;
}

std::vector<std::string> names(const std::vector<Capability>& capabilities) {
  std::vector<std::string> out;
  for (auto capability : capabilities)
    out.push_back(capabilityName(capability));
  return out;
}

std::vector<PlanWarningCode> codes(const TemplatePlan& plan) {
  std::vector<PlanWarningCode> out;
  for (const auto& warning : plan.warnings)
    out.push_back(warning.code);
  return out;
}

using Strings = std::vector<std::string>;
using testing::kLlama3;
using testing::kOpenChat;
using testing::kQwen3;

TEST(TemplatePlan, DetectedFamilyRendersBeforeAndSince030) {
  for (const auto version : {k029, k033}) {
    const auto plan = planTemplate(input("FROM ./m.gguf\n", kOpenChat, version));
    ASSERT_TRUE(plan.detected);
    EXPECT_EQ(plan.detected->family, "openchat");
    EXPECT_EQ(plan.detected->distance, 0u);
    // Since 0.30 the Go template is kept: the GGUF's has no more capabilities.
    EXPECT_EQ(plan.rendersWith, RendersWith::Detected) << version.toString();
    EXPECT_EQ(names(plan.capabilities), Strings{"completion"});
    EXPECT_EQ(plan.stop, Strings{"<|end_of_turn|>"});
    EXPECT_FALSE(plan.needsTemplate);
    ASSERT_TRUE(plan.suggested);
    EXPECT_EQ(plan.suggested->family, "openchat");
    EXPECT_EQ(plan.suggested->stops, Strings{"<|end_of_turn|>"});
    EXPECT_TRUE(plan.warnings.empty());
  }
}

TEST(TemplatePlan, UnknownTemplateSendsTheBarePromptBefore030AndRendersWithTheGgufSince) {
  const std::string jinja = "{% for m in messages %}<<{{ m.role }}>>{{ m.content }}{% endfor %}";
  const auto old = planTemplate(input("FROM ./m.gguf\n", jinja, k029));
  EXPECT_FALSE(old.detected);
  EXPECT_EQ(old.rendersWith, RendersWith::None);
  EXPECT_TRUE(old.needsTemplate);
  EXPECT_FALSE(old.suggested);
  EXPECT_EQ(codes(old), (std::vector{PlanWarningCode::BarePromptNoTemplate, PlanWarningCode::NoFamilyToSuggest}));
  EXPECT_EQ(old.warnings[0].args, Strings{"0.29.0"});
  EXPECT_NE(warningText(old.warnings[0]).find("Ollama 0.29.0"), std::string::npos);
  EXPECT_TRUE(old.stop.empty());

  const auto current = planTemplate(input("FROM ./m.gguf\n", jinja, k033));
  EXPECT_EQ(current.rendersWith, RendersWith::Gguf);
  EXPECT_FALSE(current.needsTemplate);
  EXPECT_TRUE(current.warnings.empty());
}

TEST(TemplatePlan, NoChatTemplateNeedsATemplateOnEveryVersion) {
  for (const auto version : {k029, k033}) {
    const auto plan = planTemplate(input("FROM ./m.gguf\n", std::nullopt, version));
    EXPECT_FALSE(plan.detected);
    EXPECT_EQ(plan.rendersWith, RendersWith::None);
    EXPECT_TRUE(plan.needsTemplate);
    EXPECT_FALSE(plan.suggested);
    EXPECT_FALSE(plan.warnings.empty());
    EXPECT_EQ(names(plan.capabilities), Strings{"completion"});
  }
  const auto current = planTemplate(input("FROM ./m.gguf\n", std::nullopt, k033));
  EXPECT_EQ(current.warnings[0].code, PlanWarningCode::BarePromptNoChatTemplate);
  // An empty tokenizer.chat_template is none.
  EXPECT_EQ(planTemplate(input("FROM ./m.gguf\n", std::string(), k033)).rendersWith, RendersWith::None);
  // A Modelfile TEMPLATE is enough.
  const auto withTemplate = planTemplate(input("FROM ./m.gguf\nTEMPLATE {{ .Prompt }}\n", std::nullopt, k029));
  EXPECT_EQ(withTemplate.rendersWith, RendersWith::Modelfile);
  EXPECT_FALSE(withTemplate.needsTemplate);
}

TEST(TemplatePlan, AModelfileTemplateReplacesTheDetectedOneAndItsStopsStay) {
  const auto plan = planTemplate(input("FROM ./m.gguf\nTEMPLATE \"\"\"{{ .Prompt }}\"\"\"\n", kOpenChat, k029));
  ASSERT_TRUE(plan.detected);
  EXPECT_EQ(plan.detected->family, "openchat");
  EXPECT_EQ(plan.rendersWith, RendersWith::Modelfile);
  EXPECT_EQ(plan.stop, Strings{"<|end_of_turn|>"});
  const auto ownStops = planTemplate(
      input("FROM ./m.gguf\nTEMPLATE {{ .Prompt }}\nPARAMETER stop a\nPARAMETER stop \"b c\"\n", kOpenChat, k029));
  EXPECT_EQ(ownStops.stop, (Strings{"a", "b c"}));
  // An empty TEMPLATE is no template: the detected one stays.
  EXPECT_EQ(planTemplate(input("FROM ./m.gguf\nTEMPLATE \"\"\n", kOpenChat, k029)).rendersWith, RendersWith::Detected);
}

TEST(TemplatePlan, DetectedLlama3WithToolsInTheGgufRendersWithTheGgufSince030) {
  const std::string jinja = std::string(kLlama3) + "{# tools #}";
  const auto old = planTemplate(input("FROM ./m.gguf\n", jinja, k029));
  EXPECT_EQ(old.detected->family, "llama3-instruct");
  EXPECT_EQ(old.detected->distance, 11u);
  EXPECT_EQ(old.rendersWith, RendersWith::Detected);
  EXPECT_EQ(names(old.capabilities), Strings{"completion"});
  ASSERT_EQ(codes(old), std::vector{PlanWarningCode::GoTemplateLacksCapabilities});
  EXPECT_EQ(old.warnings[0].args, (Strings{"detected llama3-instruct", "tools"}));
  EXPECT_EQ(old.suggested->family, "llama3.1"); // the tools format ModelDesk knows

  const auto current = planTemplate(input("FROM ./m.gguf\n", jinja, k033));
  EXPECT_EQ(current.rendersWith, RendersWith::Gguf);
  EXPECT_EQ(names(current.capabilities), (Strings{"completion", "tools"}));
  EXPECT_EQ(current.stop, (Strings{"<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>"}));
  ASSERT_EQ(codes(current), std::vector{PlanWarningCode::GgufTemplatePreferred});
  EXPECT_EQ(current.warnings[0].args, (Strings{"0.33.0", "detected llama3-instruct"}));

  // OLLAMA_GO_TEMPLATE on the server keeps the Go template.
  auto forced = input("FROM ./m.gguf\n", jinja, k033);
  forced.goTemplateEnv = true;
  EXPECT_EQ(planTemplate(forced).rendersWith, RendersWith::Detected);
}

TEST(TemplatePlan, AGoToolRoundTripKeepsTheGoTemplateAgainstAGgufWithoutOne) {
  // The GGUF: tools and thinking, no tool results. The Go template: tools with a round trip.
  const std::string jinja = "{% if tools %}{{ tools | tojson }}{% endif %}<think>{{ r }}</think>";
  const std::string roundTrip = "FROM ./m.gguf\nTEMPLATE \"\"\"{{ .Tools }}{{ range .Messages }}{{ .ToolCalls }}"
                                "{{ if eq .Role \"tool\" }}{{ .Content }}{{ end }}{{ end }}\"\"\"\n";
  const auto kept = planTemplate(input(roundTrip, jinja, k033));
  EXPECT_EQ(kept.rendersWith, RendersWith::Modelfile);
  EXPECT_EQ(names(kept.capabilities), (Strings{"completion", "tools"}));
  ASSERT_EQ(codes(kept), std::vector{PlanWarningCode::GoTemplateLacksCapabilities});
  EXPECT_EQ(kept.warnings[0].args, (Strings{"modelfile", "thinking"}));

  // Only .Tools: the GGUF's has more, so it renders.
  const auto replaced = planTemplate(input("FROM ./m.gguf\nTEMPLATE {{ .Tools }}{{ .Prompt }}\n", jinja, k033));
  EXPECT_EQ(replaced.rendersWith, RendersWith::Gguf);
  EXPECT_EQ(names(replaced.capabilities), (Strings{"completion", "tools", "thinking"}));
  // Equal counts keep the Go template.
  const auto equal = planTemplate(input("FROM ./m.gguf\nTEMPLATE {{ .Suffix }}{{ .Prompt }}\n", "{{ tools }}", k033));
  EXPECT_EQ(equal.rendersWith, RendersWith::Modelfile);
  EXPECT_EQ(names(equal.capabilities), (Strings{"completion", "insert"}));
}

TEST(TemplatePlan, ModernFamilyIsSuggestedWithToolsAndThinking) {
  const auto old = planTemplate(input("FROM ./qwen3.gguf\n", kQwen3, k029));
  EXPECT_FALSE(old.detected);
  EXPECT_EQ(old.rendersWith, RendersWith::None);
  EXPECT_TRUE(old.needsTemplate);
  ASSERT_TRUE(old.suggested);
  EXPECT_EQ(old.suggested->family, "qwen3");
  EXPECT_EQ(old.suggested->stops, (Strings{"<|im_start|>", "<|im_end|>"}));
  const auto traits = goTraits(old.suggested->templateText);
  EXPECT_TRUE(traits.tools);
  EXPECT_TRUE(traits.thinking);
  EXPECT_TRUE(traits.toolRoundTrip);

  const auto current = planTemplate(input("FROM ./qwen3.gguf\n", kQwen3, k033));
  EXPECT_EQ(current.rendersWith, RendersWith::Gguf);
  EXPECT_EQ(names(current.capabilities), (Strings{"completion", "tools", "thinking"}));
  EXPECT_FALSE(current.needsTemplate);

  // With the suggestion written, 0.29 renders it and lists its capabilities.
  const auto filled = planTemplate(
      input("FROM ./qwen3.gguf\nTEMPLATE \"\"\"" + old.suggested->templateText + "\"\"\"\n", kQwen3, k029));
  EXPECT_EQ(filled.rendersWith, RendersWith::Modelfile);
  EXPECT_EQ(names(filled.capabilities), (Strings{"completion", "tools", "thinking"}));
}

TEST(TemplatePlan, VisionEmbeddingAndRenderer) {
  auto vision = input("FROM ./m.gguf\nFROM ./mmproj.gguf\n", kOpenChat, k033);
  vision.hasProjector = true;
  EXPECT_EQ(names(planTemplate(vision).capabilities), (Strings{"completion", "vision"}));
  auto embedding = input("FROM ./e.gguf\n", std::nullopt, k033);
  embedding.isEmbedding = true;
  EXPECT_EQ(names(planTemplate(embedding).capabilities), Strings{"embedding"});

  const auto renderer = planTemplate(input("FROM ./m.gguf\nRENDERER qwen3-coder\nPARSER qwen3-coder\n", kQwen3, k033));
  EXPECT_EQ(renderer.rendersWith, RendersWith::Modelfile);
  EXPECT_FALSE(renderer.needsTemplate);
  ASSERT_EQ(codes(renderer), std::vector{PlanWarningCode::RendererOverrides});
  EXPECT_EQ(renderer.warnings[0].args, Strings{"RENDERER qwen3-coder"});
  EXPECT_STREQ(rendersWithName(renderer.rendersWith), "modelfile");
}

TEST(GoTemplateFamilies, CoverEveryDetectedFamilyAndTheModernOnes) {
  for (const char* id :
       {"chatml", "llama3-instruct", "gemma-instruct", "gemma3-instruct", "mistral-instruct", "phi-3", "zephyr",
        "llama2-chat", "chatqa", "falcon-instruct", "openchat", "starcoder2-instruct", "codellama-70b-instruct",
        "alpaca", "granite-instruct", "magicoder", "alfred", "solar-instruct", "command-r"}) {
    const auto* family = findGoTemplateFamily(id);
    ASSERT_NE(family, nullptr) << id;
    EXPECT_TRUE(family->ollamaDetects) << id;
    EXPECT_FALSE(family->stops.empty()) << id;
  }
  EXPECT_EQ(goTemplateFamilies().size(), 25u);
  EXPECT_FALSE(goTraits(findGoTemplateFamily("qwen2.5")->templateText).thinking);
  EXPECT_TRUE(goTraits(findGoTemplateFamily("qwen2.5")->templateText).toolRoundTrip);
  // Every {{ if }}, {{ range }} and {{ with }} has its {{ end }}.
  for (const auto& family : goTemplateFamilies()) {
    const std::string& t = family.templateText;
    auto count = [&t](const std::string& what) {
      std::size_t n = 0;
      for (auto at = t.find(what); at != std::string::npos; at = t.find(what, at + 1))
        ++n;
      return n;
    };
    const std::size_t opens = count("{{ if ") + count("{{- if ") + count("{{ range ") + count("{{- range ") +
                              count("{{ with ") + count("{{- with ");
    EXPECT_EQ(opens, count("{{ end }}") + count("{{- end }}")) << family.id;
    EXPECT_NE(t.find(".Messages"), std::string::npos) << family.id;
  }
  EXPECT_TRUE(goTraits(findGoTemplateFamily("llama3.1")->templateText).toolRoundTrip);
  EXPECT_NE(findGoTemplateFamily("llama3.1")->templateText.find("ipython"), std::string::npos);
  EXPECT_TRUE(goTraits(findGoTemplateFamily("deepseek-r1")->templateText).thinking);
  EXPECT_NE(findGoTemplateFamily("deepseek-r1")->templateText.find("<｜User｜>"), std::string::npos);
  EXPECT_TRUE(goTraits(findGoTemplateFamily("mistral-v7")->templateText).toolRoundTrip);
  EXPECT_NE(findGoTemplateFamily("mistral-v7")->templateText.find("[AVAILABLE_TOOLS]"), std::string::npos);
  EXPECT_NE(findGoTemplateFamily("phi-4")->templateText.find("<|im_sep|>"), std::string::npos);
}

TEST(GoTemplateFamilies, RecogniseJinjaFormats) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"<|im_start|>{{ m.role }}", "chatml"},
      {"<|im_start|>{% if tools %}{% endif %}", "qwen2.5"},
      {"<|im_start|>{% if tools %}{% endif %}<think>", "qwen3"},
      {"<|im_start|>user<|im_sep|>", "phi-4"},
      {"<|start_header_id|>{{ r }}<|end_header_id|>", "llama3-instruct"},
      {"<|start_header_id|>ipython<|end_header_id|>", "llama3.1"},
      {"<｜User｜>{{ m }}<｜Assistant｜>", "deepseek-r1"},
      {"[AVAILABLE_TOOLS]{{ t }}[/AVAILABLE_TOOLS][INST]", "mistral-v7"},
      {"[INST] {{ m }} [/INST]", "mistral-instruct"},
      {"[INST] <<SYS>>{{ s }}<</SYS>>", "llama2-chat"},
      {"<start_of_turn>user", "gemma-instruct"},
      {"{%- set first_user_prefix = '' -%}<start_of_turn>user", "gemma3-instruct"},
      {"<|user|>\n{{ m }}<|end|>", "phi-3"},
      {"<|user|>\n{{ m }}</s>", "zephyr"},
      {"<|START_OF_TURN_TOKEN|><|USER_TOKEN|>", "command-r"},
  };
  for (const auto& [jinja, id] : cases)
    EXPECT_EQ(recognizeJinjaFamily(jinja), id) << jinja;
  EXPECT_EQ(recognizeJinjaFamily("{{ messages | tojson }}"), std::nullopt);
}

} // namespace
} // namespace md::templates
