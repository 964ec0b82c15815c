// The fake Ollama server's template rules (its own code, not core's): on
// create, a GGUF whose chat template is one of Ollama's references gets the
// family's template and stop layers with "using autodetected template NAME";
// /api/show's capabilities follow the emulated version (0.29 vs 0.33) and
// OLLAMA_GO_TEMPLATE. The plan in core must agree with it.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/ollama/client.h"
#include "core/templates/template_plan.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/fake_ollama_store.h"
#include "tests/support/temp_folder.h"
#include "tests/support/tiny_gguf.h"

namespace md::ollama {
namespace {

using namespace std::chrono_literals;
using Strings = std::vector<std::string>;

// Ollama's first llama3-instruct reference (index 23).
constexpr const char* kLlama3 =
    "{% set loop_messages = messages %}{% for message in loop_messages %}{% set content = '<|start_header_id|>' + "
    "message['role'] + '<|end_header_id|>\n\n'+ message['content'] | trim + '<|eot_id|>' %}{% if loop.index0 == 0 "
    "%}{% set content = bos_token + content %}{% endif %}{{ content }}{% endfor %}{% if add_generation_prompt %}{{ "
    "'<|start_header_id|>assistant<|end_header_id|>\n\n' }}{% endif %}";

class FakeTemplateDetection : public ::testing::Test {
protected:
  CreateRequest request(const std::string& chatTemplate) {
    testing::tinyModel().set("tokenizer.chat_template", chatTemplate).write(dir.path() / "model.gguf");
    CreateRequest request;
    request.model = "mine:v1";
    request.files = {{dir.path() / "model.gguf", "model.gguf", {}}};
    return request;
  }
  Result<ShowResult> createAndShow(testing::FakeOllama& fake, const CreateRequest& request) {
    const Client client = testing::clientOf(fake);
    auto progress =
        ProgressReporter::withSinks({{}, [&](const Message& s) { statuses.push_back(s.english()); }, {}, {}}, nullptr);
    statuses.clear();
    auto created = client.create(request, progress);
    if (!created)
      return created.error();
    return client.show("mine:v1");
  }
  bool saw(const std::string& status) const {
    return std::find(statuses.begin(), statuses.end(), status) != statuses.end();
  }
  testing::TempFolder dir;
  Strings statuses;
};

TEST_F(FakeTemplateDetection, CreateAddsTheDetectedTemplateAndStops) {
  testing::FakeOllama fake({.version = "0.29.0"});
  ASSERT_TRUE(fake.start());
  auto shown = createAndShow(fake, request(kLlama3));
  ASSERT_TRUE(shown.ok()) << shown.error().describe();
  EXPECT_TRUE(saw("using autodetected template llama3-instruct"));
  EXPECT_NE(shown->templateText.find("autodetected llama3-instruct"), std::string::npos) << shown->templateText;
  EXPECT_NE(shown->parameters.find("stop \"<|eot_id|>\""), std::string::npos) << shown->parameters;
  EXPECT_EQ(shown->capabilities, Strings{"completion"});

  // A TEMPLATE replaces the detected one (no status line); the detected stops stay beside new parameters.
  auto withTemplate = request(kLlama3);
  withTemplate.templateText = "{{ .Prompt }}";
  withTemplate.parameters["temperature"] = 0.5;
  auto replaced = createAndShow(fake, withTemplate);
  ASSERT_TRUE(replaced.ok()) << replaced.error().describe();
  EXPECT_FALSE(saw("using autodetected template llama3-instruct"));
  EXPECT_EQ(replaced->templateText, "{{ .Prompt }}");
  EXPECT_NE(replaced->parameters.find("stop \"<|start_header_id|>\""), std::string::npos) << replaced->parameters;
  EXPECT_NE(replaced->parameters.find("temperature 0.5"), std::string::npos) << replaced->parameters;

  // Far from every reference: nothing is detected.
  auto unknown = createAndShow(fake, request("{{ messages | tojson }}"));
  ASSERT_TRUE(unknown.ok());
  EXPECT_EQ(unknown->templateText, "");
  EXPECT_EQ(std::count_if(statuses.begin(), statuses.end(),
                          [](const std::string& s) { return s.rfind("using autodetected", 0) == 0; }),
            0);
}

TEST_F(FakeTemplateDetection, ShowCapabilitiesFollowTheVersionAndAgreeWithThePlan) {
  const std::string jinja = std::string(kLlama3) + "{# tools #}"; // distance 11: still llama3-instruct
  struct Case {
    std::string version;
    bool goTemplateEnv;
    Strings capabilities;
  };
  for (const auto& c : std::vector<Case>{{"0.29.0", false, {"completion"}},
                                         {"0.33.0", false, {"completion", "tools"}},
                                         {"0.33.0", true, {"completion"}}}) {
    testing::FakeOllama fake({.version = c.version, .goTemplateEnv = c.goTemplateEnv});
    ASSERT_TRUE(fake.start());
    auto shown = createAndShow(fake, request(jinja));
    ASSERT_TRUE(shown.ok()) << shown.error().describe();
    EXPECT_TRUE(saw("using autodetected template llama3-instruct")) << c.version;
    EXPECT_EQ(shown->capabilities, c.capabilities) << c.version << " " << c.goTemplateEnv;

    templates::TemplatePlanInput input;
    input.modelfile.commands.push_back({});
    input.chatTemplate = jinja;
    input.serverVersion = *parseVersion(c.version);
    input.goTemplateEnv = c.goTemplateEnv;
    Strings planned;
    for (auto capability : templates::planTemplate(input).capabilities)
      planned.push_back(templates::capabilityName(capability));
    EXPECT_EQ(planned, c.capabilities) << c.version;
  }
}

TEST_F(FakeTemplateDetection, AGoTemplateWithAToolRoundTripStaysOn033) {
  testing::FakeOllama fake({.version = "0.33.0"});
  ASSERT_TRUE(fake.start());
  auto both = request("{% if tools %}{{ tools }}{% endif %}<think>{{ r }}</think>");
  both.templateText = "{{ .Tools }}{{ range .Messages }}{{ .ToolCalls }}{{ if eq .Role \"tool\" }}{{ end }}{{ end }}";
  auto shown = createAndShow(fake, both);
  ASSERT_TRUE(shown.ok()) << shown.error().describe();
  EXPECT_EQ(shown->capabilities, (Strings{"completion", "tools"}));
  both.templateText = "{{ .Tools }}{{ .Prompt }}";
  auto preferred = createAndShow(fake, both);
  ASSERT_TRUE(preferred.ok());
  EXPECT_EQ(preferred->capabilities, (Strings{"completion", "tools", "thinking"}));
}

} // namespace
} // namespace md::ollama
