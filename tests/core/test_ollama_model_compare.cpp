// The "pulled vs imported" diagnosis: a pulled model (projector, template,
// stop parameters) against the same weights imported bare.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/ollama/model_compare.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/ollama_fixtures.h"
#include "tests/support/temp_folder.h"
#include "tests/support/tiny_gguf.h"

namespace md::ollama {
namespace {

using namespace std::chrono_literals;

bool has(const ModelComparison& comparison, FindingKind kind, Side side) {
  return std::any_of(comparison.findings.begin(), comparison.findings.end(),
                     [&](const Finding& f) { return f.kind == kind && f.side == side; });
}

const Finding* find(const ModelComparison& comparison, FindingKind kind) {
  for (const auto& finding : comparison.findings)
    if (finding.kind == kind)
      return &finding;
  return nullptr;
}

class ModelCompareTest : public ::testing::Test {
protected:
  void SetUp() override {
    testing::seedModel(fake.modelsDir(), "llava:7b", {.projector = true});
    ASSERT_TRUE(fake.start());
    testing::tinyModel().write(dir.path() / "model.gguf");
    CreateRequest request;
    request.model = "imported:latest";
    request.files = {{dir.path() / "model.gguf", "model.gguf", {}}};
    ProgressReporter quiet;
    auto created = client().create(request, quiet);
    ASSERT_TRUE(created.ok()) << created.error().describe();
  }
  Client client() const { return testing::clientOf(fake); }

  testing::TempFolder dir;
  testing::FakeOllama fake;
};

TEST_F(ModelCompareTest, ImportedModelLacksProjectorTemplateAndStop) {
  auto pulled = profileModel(client(), "llava:7b", fake.modelsDir());
  auto imported = profileModel(client(), "imported:latest", fake.modelsDir());
  ASSERT_TRUE(pulled.ok()) << pulled.error().describe();
  ASSERT_TRUE(imported.ok()) << imported.error().describe();
  EXPECT_TRUE(pulled->hasProjector);
  EXPECT_TRUE(pulled->hasTemplate);
  EXPECT_EQ(pulled->stopParameters, std::vector<std::string>{"<|end|>"});
  EXPECT_EQ(pulled->family, "llama");
  EXPECT_FALSE(imported->hasProjector);
  EXPECT_FALSE(imported->hasTemplate);
  EXPECT_TRUE(imported->stopParameters.empty());
  ASSERT_EQ(pulled->layers.size(), 4u);
  EXPECT_EQ(pulled->layers[1].mediaType, "application/vnd.ollama.image.projector");
  EXPECT_GT(pulled->layers[1].size, 0u);
  EXPECT_EQ(pulled->layers[1].digest.rfind("sha256:", 0), 0u);

  const auto comparison = compareProfiles(*pulled, *imported);
  EXPECT_TRUE(has(comparison, FindingKind::NoProjector, Side::Right));
  EXPECT_TRUE(has(comparison, FindingKind::NoTemplate, Side::Right));
  EXPECT_TRUE(has(comparison, FindingKind::NoStopParameters, Side::Right));
  EXPECT_FALSE(find(comparison, FindingKind::NoSystem)) << "neither has a system prompt";
  EXPECT_TRUE(has(comparison, FindingKind::SameModelWeights, Side::Both)) << "the same tiny model file";

  const auto reversed = compareProfiles(*imported, *pulled);
  EXPECT_TRUE(has(reversed, FindingKind::NoProjector, Side::Left));
  EXPECT_TRUE(has(reversed, FindingKind::NoTemplate, Side::Left));
  EXPECT_TRUE(has(reversed, FindingKind::NoStopParameters, Side::Left));
}

TEST_F(ModelCompareTest, WithoutTheStoreShowAloneFindsTheSame) {
  auto pulled = profileModel(client(), "llava:7b", std::nullopt);
  auto imported = profileModel(client(), "imported:latest", std::nullopt);
  ASSERT_TRUE(pulled.ok() && imported.ok());
  EXPECT_TRUE(pulled->layers.empty());
  EXPECT_TRUE(pulled->hasProjector) << "from projector_info and the vision capability";
  const auto comparison = compareProfiles(*pulled, *imported);
  EXPECT_TRUE(has(comparison, FindingKind::NoProjector, Side::Right));
  EXPECT_TRUE(has(comparison, FindingKind::NoTemplate, Side::Right));
  EXPECT_TRUE(has(comparison, FindingKind::NoStopParameters, Side::Right));
  EXPECT_FALSE(find(comparison, FindingKind::SameModelWeights)) << "needs the layers";
}

TEST_F(ModelCompareTest, StoreWithoutTheModelGivesNoLayers) {
  auto pulled = profileModel(client(), "llava:7b", dir.path());
  ASSERT_TRUE(pulled.ok()) << pulled.error().describe();
  EXPECT_TRUE(pulled->layers.empty());
  EXPECT_TRUE(pulled->hasProjector);
}

TEST_F(ModelCompareTest, UnknownModelIsTheServersError) {
  auto missing = profileModel(client(), "ghost:1b", fake.modelsDir());
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("ghost:1b"), std::string::npos) << missing.error().describe();
}

TEST(ModelCompare, DifferencesCarryBothValues) {
  ModelProfile left, right;
  left.family = "llama";
  right.family = "qwen2";
  left.quantization = "Q4_K_M";
  right.quantization = "Q8_0";
  left.contextLength = 8192;
  right.contextLength = 131072;
  right.hasSystem = true;
  left.layers = {{"application/vnd.ollama.image.model", 10, "sha256:aa"}};
  right.layers = {{"application/vnd.ollama.image.model", 10, "sha256:bb"}};
  const auto comparison = compareProfiles(left, right);
  ASSERT_TRUE(find(comparison, FindingKind::DifferentQuantization));
  EXPECT_EQ(find(comparison, FindingKind::DifferentQuantization)->detail, "Q4_K_M vs Q8_0");
  EXPECT_EQ(find(comparison, FindingKind::DifferentFamily)->detail, "llama vs qwen2");
  EXPECT_EQ(find(comparison, FindingKind::DifferentContextLength)->detail, "8192 vs 131072");
  EXPECT_TRUE(has(comparison, FindingKind::NoSystem, Side::Left));
  EXPECT_FALSE(find(comparison, FindingKind::SameModelWeights));
  EXPECT_FALSE(find(comparison, FindingKind::NoProjector));

  EXPECT_TRUE(compareProfiles(left, left).findings.size() == 1 &&
              compareProfiles(left, left).findings[0].kind == FindingKind::SameModelWeights);
  right.contextLength = 0; // unknown: not a difference
  EXPECT_FALSE(find(compareProfiles(left, right), FindingKind::DifferentContextLength));
}

} // namespace
} // namespace md::ollama
