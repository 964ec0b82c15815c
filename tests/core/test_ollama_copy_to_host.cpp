// "Copy to host…" between two fake servers on free ports: the blobs come from
// the source's store on disk, the target is asked first (HEAD) and gets only
// what it lacks, then create with the same layers (Modelfile text for targets
// older than 0.5.5). Nothing is changed at the source, which is only asked
// its tags list (is the store's manifest the one it serves?). A model the
// target already has is replaced only when asked to.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "core/ollama/copy_to_host.h"
#include "core/util/paths.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/fake_ollama_store.h"
#include "tests/support/ollama_fixtures.h"
#include "tests/support/temp_folder.h"
#include "tests/support/tiny_gguf.h"

namespace md::ollama {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

using testing::clientOf;

class CopyToHostTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_TRUE(source.start());
    ASSERT_TRUE(target.start());
    testing::tinyModel().write(dir.path() / "model.gguf");
    testing::tinyClipProjector().write(dir.path() / "mmproj.gguf");
    testing::tinyAdapter().write(dir.path() / "lora.gguf");
  }
  // A model with every kind of layer, made by the source server itself.
  void makeFullModel(const std::string& name) {
    auto request = testing::visionCreateRequest(dir.path(), name);
    request.adapters = {{dir.path() / "lora.gguf", "lora.gguf", {}}};
    ProgressReporter quiet;
    auto created = clientOf(source).create(request, quiet);
    ASSERT_TRUE(created.ok()) << created.error().describe();
  }
  Result<CopyToHostResult> copy(const std::string& name, const std::string& as = {},
                                const testing::FakeOllama* to = nullptr) {
    auto progress = ProgressReporter::withSinks({[&](const Progress& p) { reports.push_back(p); },
                                                 [&](const Message& s) { statuses.push_back(s.english()); },
                                                 {},
                                                 {}},
                                                nullptr, 0ms);
    statuses.clear();
    reports.clear();
    return copyModelToHost(clientOf(source), clientOf(to ? *to : target), {name, as, source.modelsDir()}, progress);
  }

  testing::TempFolder dir;
  testing::FakeOllama source;
  testing::FakeOllama target;
  std::vector<std::string> statuses;
  std::vector<Progress> reports;
};

TEST_F(CopyToHostTest, TargetGetsEveryLayerWithTheSameDigests) {
  makeFullModel("seer:v1");
  const auto sourceLayers = testing::manifestLayers(source.modelsDir(), "seer:v1");
  ASSERT_EQ(sourceLayers.size(), 8u);
  const int sourceRequests = source.requestCount();

  auto copied = copy("seer:v1");
  ASSERT_TRUE(copied.ok()) << copied.error().describe();
  EXPECT_EQ(copied->targetModel, "seer:v1");
  EXPECT_EQ(copied->blobsUploaded, 3u) << "model, projector and adapter";
  EXPECT_EQ(copied->blobsAlreadyThere, 0u);
  const std::uint64_t ggufBytes = testing::tinyModel().bytes().size() + testing::tinyClipProjector().bytes().size() +
                                  testing::tinyAdapter().bytes().size();
  EXPECT_EQ(copied->bytesUploaded, ggufBytes);
  EXPECT_EQ(testing::manifestLayers(target.modelsDir(), "seer:v1"), sourceLayers);
  EXPECT_EQ(statuses.back(), "success");
  EXPECT_EQ(source.requestCount(), sourceRequests + 1) << "the source server is asked only its tags list";
  EXPECT_EQ(testing::manifestLayers(source.modelsDir(), "seer:v1"), sourceLayers);

  // One bar for all uploads: a single "uploading" phase that ends at the sum.
  std::uint64_t lastUploading = 0, uploadingTotal = 0;
  int uploadingPhases = 0;
  std::string previousPhase;
  for (const auto& p : reports) {
    if (p.phase == "uploading") {
      EXPECT_GE(p.done, lastUploading) << "the bar never goes back";
      lastUploading = p.done;
      uploadingTotal = p.total;
      uploadingPhases += previousPhase != "uploading" ? 1 : 0;
    }
    previousPhase = p.phase;
  }
  EXPECT_EQ(uploadingPhases, 1);
  EXPECT_EQ(uploadingTotal, ggufBytes);
  EXPECT_EQ(lastUploading, ggufBytes);

  auto shown = clientOf(target).show("seer:v1");
  ASSERT_TRUE(shown.ok()) << shown.error().describe();
  EXPECT_TRUE(shown->hasCapability("vision"));
  EXPECT_EQ(shown->system, "You see images.");
}

TEST_F(CopyToHostTest, SecondCopyAsksFirstAndUploadsNothing) {
  makeFullModel("seer:v1");
  ASSERT_TRUE(copy("seer:v1").ok());
  auto again = copy("seer:v1", "seer:again");
  ASSERT_TRUE(again.ok()) << again.error().describe();
  EXPECT_EQ(again->targetModel, "seer:again");
  EXPECT_EQ(again->blobsUploaded, 0u);
  EXPECT_EQ(again->blobsAlreadyThere, 3u);
  EXPECT_EQ(again->bytesUploaded, 0u);
  EXPECT_TRUE(std::none_of(reports.begin(), reports.end(), [](const Progress& p) { return p.phase == "uploading"; }))
      << "no upload bar when nothing is uploaded";
  EXPECT_EQ(testing::manifestLayers(target.modelsDir(), "seer:again"),
            testing::manifestLayers(source.modelsDir(), "seer:v1"));
}

TEST_F(CopyToHostTest, SeededPulledModelCopiesUnderAnotherName) {
  testing::seedModel(source.modelsDir(), "llava:7b", {.projector = true});
  auto copied = copy("llava:7b", "mine/llava:copy");
  ASSERT_TRUE(copied.ok()) << copied.error().describe();
  EXPECT_EQ(copied->blobsUploaded, 2u);
  // A pulled params blob need not be in the server's own JSON form (the seed
  // writes "stop" first): the target re-serialises it, so only its content matches.
  auto copiedLayers = testing::manifestLayers(target.modelsDir(), "mine/llava:copy");
  auto sourceLayers = testing::manifestLayers(source.modelsDir(), "llava:7b");
  ASSERT_EQ(copiedLayers.size(), 4u);
  ASSERT_EQ(sourceLayers.size(), 4u);
  EXPECT_EQ(std::vector(copiedLayers.begin(), copiedLayers.begin() + 3),
            std::vector(sourceLayers.begin(), sourceLayers.begin() + 3))
      << "model, projector, template";
  auto paramsOf = [](const fs::path& store, const std::string& layer) {
    return nlohmann::json::parse(testing::readFile(testing::FakeStore(store).blobPath(layer.substr(7))));
  };
  EXPECT_EQ(paramsOf(target.modelsDir(), copiedLayers[3]), paramsOf(source.modelsDir(), sourceLayers[3]));
}

TEST_F(CopyToHostTest, ModelMissingFromTheStoreIsNamed) {
  auto copied = copy("nope:1b");
  ASSERT_FALSE(copied.ok());
  EXPECT_EQ(copied.error().code, ErrorCode::NotFound);
  EXPECT_NE(copied.error().message.find("nope:1b is not in the store at " + pathToUtf8(source.modelsDir())),
            std::string::npos)
      << copied.error().message;
  EXPECT_EQ(copied.error().message.find("though"), std::string::npos) << copied.error().message;
  EXPECT_EQ(target.requestCount(), 0) << "the target is not touched";
}

TEST_F(CopyToHostTest, WrongStoreForTheSourceServerIsSaid) {
  makeFullModel("seer:v1");
  ProgressReporter progress;
  auto copied = copyModelToHost(clientOf(source), clientOf(target), {"seer:v1", {}, dir.path()}, progress);
  ASSERT_FALSE(copied.ok());
  EXPECT_NE(copied.error().message.find("is not in the store at " + pathToUtf8(dir.path())), std::string::npos);
  EXPECT_NE(copied.error().message.find("though " + source.url() + " has it"), std::string::npos)
      << copied.error().message;
}

TEST_F(CopyToHostTest, TargetDownSaysSo) {
  makeFullModel("seer:v1");
  const std::string down = "http://127.0.0.1:" + std::to_string(testing::unusedLoopbackPort());
  ProgressReporter progress;
  auto copied = copyModelToHost(clientOf(source), Client(down, {.connectTimeout = 1000ms}),
                                {"seer:v1", {}, source.modelsDir()}, progress);
  ASSERT_FALSE(copied.ok());
  EXPECT_NE(copied.error().message.find("Ollama is not running at " + down), std::string::npos)
      << copied.error().describe();
}

TEST_F(CopyToHostTest, MissingBlobFileIsNamed) {
  makeFullModel("seer:v1");
  const std::string projector = testing::sha256Hex(testing::tinyClipProjector().bytes());
  ASSERT_TRUE(fs::remove(source.modelsDir() / "blobs" / ("sha256-" + projector)));
  auto copied = copy("seer:v1");
  ASSERT_FALSE(copied.ok());
  EXPECT_EQ(copied.error().code, ErrorCode::NotFound);
  EXPECT_NE(copied.error().message.find("projector layer of seer:v1 (sha256:" + projector +
                                        ") is missing from the store at "),
            std::string::npos)
      << copied.error().message;
  EXPECT_EQ(target.requestCount(), 0);
}

TEST_F(CopyToHostTest, CancelMidUploadLeavesNoModelOnTheTarget) {
  testing::seedModel(source.modelsDir(), "big:latest", {.modelFloats = std::uint64_t(16) << 20}); // 64 MiB
  CancelToken cancel;
  std::uint64_t cancelledAt = 0, total = 0;
  ProgressReporter progress(
      [&](const Progress& p) {
        if (p.phase == "uploading" && p.done > 0 && !cancel.cancelled()) {
          cancelledAt = p.done;
          total = p.total;
          cancel.cancel();
        }
      },
      &cancel, 0ms);
  auto copied = copyModelToHost(clientOf(source), clientOf(target), {"big:latest", {}, source.modelsDir()}, progress);
  ASSERT_FALSE(copied.ok());
  EXPECT_EQ(copied.error().code, ErrorCode::Cancelled) << copied.error().describe();
  EXPECT_GT(cancelledAt, 0u);
  EXPECT_LT(cancelledAt, total);
  EXPECT_TRUE(testing::manifestLayers(target.modelsDir(), "big:latest").empty());
  EXPECT_FALSE(clientOf(target).show("big:latest").ok());
  const auto model = testing::manifestLayers(source.modelsDir(), "big:latest").front().substr(6);
  EXPECT_FALSE(*clientOf(target).hasBlob(model)) << "the upload stopped before the end";
}

TEST_F(CopyToHostTest, OldTargetGetsTheModelfileForm) {
  testing::FakeOllama old({.version = "0.5.4"});
  ASSERT_TRUE(old.start());
  makeFullModel("seer:v1");
  auto copied = copy("seer:v1", {}, &old);
  ASSERT_TRUE(copied.ok()) << copied.error().describe();
  const auto layers = testing::manifestLayers(old.modelsDir(), "seer:v1");
  const auto sourceLayers = testing::manifestLayers(source.modelsDir(), "seer:v1");
  // The GGUF and text layers are the same blobs (the old fake reads only "modelfile").
  for (const auto& kind : {"model", "projector", "adapter", "template", "system", "license"}) {
    auto find = [&](const std::vector<std::string>& list) {
      for (const auto& layer : list)
        if (layer.rfind(std::string(kind) + " ", 0) == 0)
          return layer;
      return std::string();
    };
    EXPECT_FALSE(find(layers).empty()) << kind;
    EXPECT_EQ(find(layers), find(sourceLayers)) << kind;
  }
  auto shown = clientOf(old).show("seer:v1");
  ASSERT_TRUE(shown.ok());
  EXPECT_NE(shown->parameters.find("stop \"<|im_end|>\""), std::string::npos) << shown->parameters;
  EXPECT_NE(shown->parameters.find("num_ctx 8192"), std::string::npos) << shown->parameters;
}

TEST_F(CopyToHostTest, BadTargetNameFailsFirst) {
  makeFullModel("seer:v1");
  auto copied = copy("seer:v1", "bad name");
  ASSERT_FALSE(copied.ok());
  EXPECT_EQ(copied.error().code, ErrorCode::Invalid);
  EXPECT_NE(copied.error().message.find("'bad name' is not a valid model name"), std::string::npos);
  EXPECT_EQ(target.requestCount(), 0);
}

TEST_F(CopyToHostTest, CopyOntoItselfIsRefused) {
  makeFullModel("seer:latest");
  const auto before =
      testing::readFile(source.modelsDir() / "manifests" / "registry.ollama.ai" / "library" / "seer" / "latest");
  ProgressReporter progress;
  auto copied = copyModelToHost(clientOf(source), clientOf(source), {"seer", {}, source.modelsDir()}, progress);
  ASSERT_FALSE(copied.ok());
  EXPECT_NE(copied.error().message.find("seer is already on " + source.url()), std::string::npos)
      << copied.error().message;
  EXPECT_EQ(testing::readFile(source.modelsDir() / "manifests" / "registry.ollama.ai" / "library" / "seer" / "latest"),
            before);
  auto renamed =
      copyModelToHost(clientOf(source), clientOf(source), {"seer", "seer:twin", source.modelsDir()}, progress);
  ASSERT_TRUE(renamed.ok()) << renamed.error().describe();
  EXPECT_EQ(renamed->blobsAlreadyThere, 3u);
  EXPECT_EQ(testing::manifestLayers(source.modelsDir(), "seer:twin"),
            testing::manifestLayers(source.modelsDir(), "seer:latest"));
}

TEST_F(CopyToHostTest, UnknownParametersAreWarnedAndUnknownLayersRefused) {
  testing::FakeStore store(source.modelsDir());
  auto manifestWith = [&](nlohmann::json extra) {
    nlohmann::json layers = nlohmann::json::array({store.putLayer("model", testing::tinyModel().bytes())});
    for (auto& layer : extra)
      layers.push_back(layer);
    return nlohmann::json{{"schemaVersion", 2}, {"layers", layers}};
  };
  store.writeManifest(
      *testing::ModelName::parse("odd:params"),
      manifestWith({store.putLayer("params", R"({"stop":"</s>","temperature":1,"future_knob":3,"low_vram":true})"),
                    store.putLayer("messages", R"([{"role":"user","content":"hi"}])")}));
  auto copied = copy("odd:params");
  ASSERT_TRUE(copied.ok()) << copied.error().describe();
  EXPECT_NE(std::find(statuses.begin(), statuses.end(), "warning: not copied: unknown parameter 'future_knob'"),
            statuses.end());
  auto shown = clientOf(target).show("odd:params");
  ASSERT_TRUE(shown.ok());
  EXPECT_NE(shown->parameters.find("stop \"</s>\""), std::string::npos) << shown->parameters;
  EXPECT_NE(shown->parameters.find("temperature 1"), std::string::npos) << shown->parameters;
  EXPECT_EQ(shown->parameters.find("future_knob"), std::string::npos) << shown->parameters;
  EXPECT_NE(std::find(statuses.begin(), statuses.end(), "warning: parameter 'low_vram' is deprecated and was skipped"),
            statuses.end());
  EXPECT_EQ(shown->parameters.find("low_vram"), std::string::npos) << shown->parameters;
  const std::string messages = testing::manifestLayers(target.modelsDir(), "odd:params").back();
  ASSERT_EQ(messages.rfind("messages ", 0), 0u) << messages;
  EXPECT_EQ(
      nlohmann::json::parse(testing::readFile(testing::FakeStore(target.modelsDir()).blobPath(messages.substr(9)))),
      nlohmann::json::parse(R"([{"role":"user","content":"hi"}])"));

  store.writeManifest(*testing::ModelName::parse("odd:draft"),
                      manifestWith({store.putLayer("draft", testing::tinyModel().bytes())}));
  const int before = target.requestCount();
  auto refused = copy("odd:draft");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::Unsupported);
  EXPECT_NE(refused.error().message.find("odd:draft has a draft layer"), std::string::npos) << refused.error().message;
  EXPECT_EQ(target.requestCount(), before);
}

TEST_F(CopyToHostTest, ExistingTargetModelIsRefusedThenReplacedWhenAsked) {
  makeFullModel("seer:v1");
  testing::seedModel(target.modelsDir(), "seer:v1", {.templateText = "{{ .System }} {{ .Prompt }}"});
  const auto before = testing::manifestLayers(target.modelsDir(), "seer:v1");
  ASSERT_FALSE(before.empty());
  ASSERT_NE(before, testing::manifestLayers(source.modelsDir(), "seer:v1"));

  auto refused = copy("seer:v1");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::AlreadyExists) << refused.error().describe();
  EXPECT_EQ(refused.error().message, "\"seer:v1\" already exists on " + target.url());
  EXPECT_EQ(testing::manifestLayers(target.modelsDir(), "seer:v1"), before);
  const std::string projector = testing::sha256Hex(testing::tinyClipProjector().bytes());
  EXPECT_FALSE(*clientOf(target).hasBlob("sha256:" + projector)) << "nothing is uploaded before the check";
  EXPECT_TRUE(std::none_of(reports.begin(), reports.end(), [](const Progress& p) { return p.phase == "uploading"; }));

  ProgressReporter quiet;
  auto replaced = copyModelToHost(clientOf(source), clientOf(target),
                                  {"seer:v1", {}, source.modelsDir(), /*replaceExisting=*/true}, quiet);
  ASSERT_TRUE(replaced.ok()) << replaced.error().describe();
  EXPECT_EQ(testing::manifestLayers(target.modelsDir(), "seer:v1"),
            testing::manifestLayers(source.modelsDir(), "seer:v1"));
}

TEST_F(CopyToHostTest, ExistingTargetIsMatchedWithItsImpliedTag) {
  makeFullModel("seer:v1");
  testing::seedModel(target.modelsDir(), "copy:latest");
  auto refused = copy("seer:v1", "copy");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::AlreadyExists) << refused.error().describe();
  EXPECT_TRUE(copy("seer:v1", "copy:v2").ok());
}

TEST_F(CopyToHostTest, LoopbackSpellingsAreTheSameServer) {
  makeFullModel("seer:latest");
  const std::string port = std::to_string(source.port());
  for (const std::string& url :
       {"http://localhost:" + port + "/", "http://[::1]:" + port, "127.0.0.1:" + port, "https://LOCALHOST:" + port}) {
    ProgressReporter progress;
    auto copied = copyModelToHost(clientOf(source), Client(url, {.connectTimeout = 1000ms}),
                                  {"seer", {}, source.modelsDir()}, progress);
    ASSERT_FALSE(copied.ok()) << url;
    EXPECT_EQ(copied.error().code, ErrorCode::Invalid) << url << ": " << copied.error().describe();
    EXPECT_NE(copied.error().message.find("seer is already on "), std::string::npos) << copied.error().message;
  }
  // Another port is another server.
  ProgressReporter progress;
  auto other = copyModelToHost(clientOf(source), clientOf(target), {"seer", {}, source.modelsDir()}, progress);
  EXPECT_TRUE(other.ok()) << other.error().describe();
}

TEST_F(CopyToHostTest, StoreWithAnotherVersionOfTheModelIsRefused) {
  makeFullModel("seer:v1");
  const fs::path stale = dir.path() / "stale";
  fs::copy(source.modelsDir(), stale, fs::copy_options::recursive);
  const fs::path manifest = stale / "manifests" / "registry.ollama.ai" / "library" / "seer" / "v1";
  const auto json = nlohmann::json::parse(testing::readFile(manifest));
  std::ofstream(manifest, std::ios::binary | std::ios::trunc) << json.dump(2); // same content, other bytes

  ProgressReporter progress;
  auto copied = copyModelToHost(clientOf(source), clientOf(target), {"seer:v1", {}, stale}, progress);
  ASSERT_FALSE(copied.ok());
  EXPECT_EQ(copied.error().message, "The store at " + pathToUtf8(stale) + " holds a different version of seer:v1 " +
                                        "than the server at " + source.url() + ": is " + pathToUtf8(stale) +
                                        " that server's OLLAMA_MODELS?");
  EXPECT_EQ(target.requestCount(), 0);

  // The unedited copy is accepted.
  fs::remove(manifest);
  fs::copy_file(source.modelsDir() / "manifests" / "registry.ollama.ai" / "library" / "seer" / "v1", manifest);
  auto same = copyModelToHost(clientOf(source), clientOf(target), {"seer:v1", {}, stale}, progress);
  EXPECT_TRUE(same.ok()) << same.error().describe();
}

TEST_F(CopyToHostTest, SourceServerDownIsSaid) {
  makeFullModel("seer:v1");
  const std::string url = source.url();
  source.stop();
  ProgressReporter progress;
  auto copied = copyModelToHost(Client(url, {.connectTimeout = 1000ms}), clientOf(target),
                                {"seer:v1", {}, source.modelsDir()}, progress);
  ASSERT_FALSE(copied.ok());
  EXPECT_EQ(copied.error().code, ErrorCode::Network) << copied.error().describe();
  EXPECT_NE(copied.error().message.find("against the server at " + url + ", which did not answer"), std::string::npos)
      << copied.error().message;
  EXPECT_NE(copied.error().message.find("Ollama is not running at " + url), std::string::npos)
      << copied.error().message;
  EXPECT_EQ(target.requestCount(), 0);
}

} // namespace
} // namespace md::ollama
