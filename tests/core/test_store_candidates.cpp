// Where an Ollama server's store may be: OLLAMA_MODELS, ~/.ollama/models and
// (Linux) the system service's /usr/share/ollama/.ollama/models, in that order
// without duplicates; findStoreHolding picks the first holding the model and
// lists every folder tried otherwise.
#include <gtest/gtest.h>

#include <map>

#include "core/stores/store_locations.h"
#include "core/util/paths.h"
#include "tests/support/ollama_fixtures.h"
#include "tests/support/temp_folder.h"

namespace md::stores {
namespace {

namespace fs = std::filesystem;

struct FakeEnvironment {
  std::map<std::string, std::string> values;
  EnvironmentLookup lookup() const {
    return [this](const std::string& name) -> std::optional<std::string> {
      const auto it = values.find(name);
      return it == values.end() ? std::nullopt : std::optional(it->second);
    };
  }
};

std::vector<fs::path> withService(std::vector<fs::path> paths) {
#if defined(__linux__)
  paths.push_back("/usr/share/ollama/.ollama/models");
#endif
  return paths;
}

TEST(OllamaStoreCandidates, EnvironmentThenHomeThenTheService) {
  FakeEnvironment env{{{"HOME", "/home/u"}}};
  EXPECT_EQ(ollamaStoreCandidates(env.lookup()), withService({"/home/u/.ollama/models"}));

  env.values["OLLAMA_MODELS"] = "/srv/models";
  EXPECT_EQ(ollamaStoreCandidates(env.lookup()), withService({"/srv/models", "/home/u/.ollama/models"}));

  env.values["OLLAMA_MODELS"] = "";
  EXPECT_EQ(ollamaStoreCandidates(env.lookup()), withService({"/home/u/.ollama/models"})) << "empty means unset";
}

TEST(OllamaStoreCandidates, TheSameFolderIsListedOnce) {
  FakeEnvironment env{{{"HOME", "/home/u"}, {"OLLAMA_MODELS", "/home/u/.ollama/./models/"}}};
  EXPECT_EQ(ollamaStoreCandidates(env.lookup()), withService({"/home/u/.ollama/./models/"}));

  // The service user's own session: its home is the service's.
  env.values = {{"HOME", "/usr/share/ollama"}};
  EXPECT_EQ(ollamaStoreCandidates(env.lookup()), std::vector<fs::path>{"/usr/share/ollama/.ollama/models"});
  env.values["OLLAMA_MODELS"] = "/usr/share/ollama/.ollama/models";
  EXPECT_EQ(ollamaStoreCandidates(env.lookup()), std::vector<fs::path>{"/usr/share/ollama/.ollama/models"});
}

TEST(FindStoreHolding, PicksTheFirstCandidateWithTheModel) {
  testing::TempFolder dir;
  const fs::path first = dir.path() / "first", second = dir.path() / "second", third = dir.path() / "third";
  testing::seedModel(second, "qwen2:latest");
  testing::seedModel(third, "qwen2:latest");
  testing::seedModel(first, "other:latest");

  auto found = findStoreHolding("qwen2", {first, second, third});
  ASSERT_TRUE(found.ok()) << found.error().describe();
  EXPECT_EQ(*found, second);

  auto firstFound = findStoreHolding("other", {first, second, third});
  ASSERT_TRUE(firstFound.ok()) << firstFound.error().describe();
  EXPECT_EQ(*firstFound, first);
}

TEST(FindStoreHolding, ListsEveryFolderTriedWhenNoneHasIt) {
  testing::TempFolder dir;
  const fs::path first = dir.path() / "first", missing = dir.path() / "missing";
  testing::seedModel(first, "other:latest");

  auto found = findStoreHolding("qwen2:7b", {first, missing});
  ASSERT_FALSE(found.ok());
  EXPECT_EQ(found.error().code, ErrorCode::NotFound);
  EXPECT_EQ(found.error().message,
            "qwen2:7b is not in any Ollama store; looked in " + pathToUtf8(first) + ", " + pathToUtf8(missing));

  auto none = findStoreHolding("qwen2:7b", {});
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, ErrorCode::NotFound);
}

} // namespace
} // namespace md::stores
