// The whole "Create in Ollama" flow from a Modelfile against the fake
// server: projector -> vision, a projector the server drops, the merge's
// sidecar SHA-256, blobs already there, cancel at each step, Ollama down.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <fstream>

#include "core/io/file_hash.h"
#include "core/merge/merge_engine.h"
#include "core/ollama/create_flow.h"
#include "core/ollama/digest.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/fake_ollama_store.h"
#include "tests/support/ollama_fixtures.h"
#include "tests/support/temp_folder.h"
#include "tests/support/tiny_gguf.h"

namespace md::ollama {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

struct FlowRun {
  std::vector<Progress> reports;
  std::vector<std::string> statuses;
  Result<CreateFlowResult> result = makeError(ErrorCode::Internal, "not run");

  bool sawPhase(const std::string& phase, const std::string& detail = {}) const {
    return std::any_of(reports.begin(), reports.end(),
                       [&](const Progress& p) { return p.phase == phase && (detail.empty() || p.detail == detail); });
  }
  bool sawStatus(const std::string& part) const {
    return std::any_of(statuses.begin(), statuses.end(),
                       [&](const std::string& s) { return s.find(part) != std::string::npos; });
  }
};

class CreateFlowTest : public ::testing::Test {
protected:
  void SetUp() override {
    testing::tinyModel().write(dir.path() / "model.gguf");
    testing::tinyClipProjector().write(dir.path() / "mmproj.gguf");
    std::ofstream(dir.path() / "combined.gguf", std::ios::binary)
        << testing::tinyModel().bytes() << testing::tinyClipProjector().bytes();
  }
  fs::path modelfile(const std::string& text) {
    const fs::path path = dir.path() / "Modelfile";
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  FlowRun create(const std::string& url, const std::string& name, const fs::path& file,
                 std::function<void(const Progress&, CancelToken&)> onProgress = {}) {
    FlowRun run;
    CancelToken cancel;
    auto progress = ProgressReporter::withSinks({[&](const Progress& p) {
                                                   run.reports.push_back(p);
                                                   if (onProgress)
                                                     onProgress(p, cancel);
                                                 },
                                                 [&](const Message& s) { run.statuses.push_back(s.english()); },
                                                 {},
                                                 {}},
                                                &cancel, 0ms);
    run.result = runCreateFlow(testing::clientOf(url), name, file, progress);
    return run;
  }
  static bool modelExists(const testing::FakeOllama& fake, const std::string& name) {
    testing::FakeStore store(fake.modelsDir());
    return store.readManifest(*testing::ModelName::parse(name)).has_value();
  }

  testing::TempFolder dir;
  const std::string kVision = "FROM ./model.gguf\nFROM ./mmproj.gguf\nTEMPLATE \"{{ .Prompt }}\"\n"
                              "PARAMETER stop <|im_end|>\n";
};

TEST_F(CreateFlowTest, OldServersGetTheModelfileTextAndSeeToo) {
  testing::FakeOllama fake({.version = "0.5.4"});
  ASSERT_TRUE(fake.start());
  const auto run = create(fake.url(), "seer", modelfile(kVision));
  ASSERT_TRUE(run.result.ok()) << run.result.error().describe();
  EXPECT_EQ(run.result->server, (Version{0, 5, 4}));
  EXPECT_EQ(run.result->vision, VisionCheck::Vision);
}

TEST_F(CreateFlowTest, VisionWarningNamesTheProjector) {
  CreateFlowResult result;
  result.model = "seer";
  result.server = {0, 12, 0};
  auto file = [](const char* path, const char* name, const char* role) {
    CreateFlowFile entry;
    entry.path = path;
    entry.name = name;
    entry.role = role;
    return entry;
  };
  result.files = {file("/m/model.gguf", "model.gguf", "model"), file("/m/mmproj.gguf", "mmproj.gguf", "projector")};
  result.vision = VisionCheck::Missing;
  EXPECT_FALSE(result.projectorDroppedByServer()) << "a separate projector file is not dropped by the server";
  EXPECT_EQ(visionWarningText(result), "The projector mmproj.gguf was included, but Ollama does not list \"vision\" "
                                       "among the capabilities of seer: it will not accept images.");
  result.vision = VisionCheck::Vision;
  EXPECT_TRUE(visionWarningText(result).empty());
}

TEST_F(CreateFlowTest, ProjectorBecomesVision) {
  testing::FakeOllama fake;
  ASSERT_TRUE(fake.start());
  const auto run = create(fake.url(), "seer:v1", modelfile(kVision));
  ASSERT_TRUE(run.result.ok()) << run.result.error().describe();
  const auto& result = *run.result;
  ASSERT_EQ(result.files.size(), 2u);
  EXPECT_EQ(result.files[0].role, "model");
  EXPECT_EQ(result.files[1].role, "projector");
  EXPECT_EQ(result.vision, VisionCheck::Vision);
  EXPECT_NE(std::find(result.capabilities.begin(), result.capabilities.end(), "vision"), result.capabilities.end());
  EXPECT_TRUE(visionWarningText(result).empty());
  for (const char* file : {"model.gguf", "mmproj.gguf"}) {
    EXPECT_TRUE(run.sawPhase("hashing", file)) << file;
    EXPECT_TRUE(run.sawPhase("uploading", file)) << file;
  }
  EXPECT_TRUE(run.sawPhase("creating"));
  EXPECT_TRUE(run.sawStatus("writing manifest"));
  EXPECT_EQ(run.statuses.back(), "success");
  EXPECT_TRUE(modelExists(fake, "seer:v1"));
}

TEST_F(CreateFlowTest, ConcatenatedProjectorIsDroppedByCurrentServersAndSaysSo) {
  const auto path = modelfile("FROM ./combined.gguf\n");
  testing::FakeOllama current;
  ASSERT_TRUE(current.start());
  const auto run = create(current.url(), "joined", path);
  ASSERT_TRUE(run.result.ok()) << run.result.error().describe();
  EXPECT_TRUE(run.result->files.front().concatenatedProjector);
  EXPECT_EQ(run.result->vision, VisionCheck::Missing) << "0.12 reads only the first GGUF of the blob";
  EXPECT_TRUE(run.result->projectorDroppedByServer());
  const std::string warning = visionWarningText(*run.result);
  EXPECT_NE(warning.find("reads only the first GGUF"), std::string::npos) << warning;
  EXPECT_NE(warning.find("combined.gguf"), std::string::npos) << warning;

  testing::FakeOllama old({.version = "0.7.0"});
  ASSERT_TRUE(old.start());
  const auto legacy = create(old.url(), "joined", path);
  ASSERT_TRUE(legacy.result.ok()) << legacy.result.error().describe();
  EXPECT_EQ(legacy.result->vision, VisionCheck::Vision) << "0.7.0 splits the concatenated blob";
  EXPECT_TRUE(visionWarningText(*legacy.result).empty());
}

TEST_F(CreateFlowTest, MergeSidecarSkipsHashingUnlessStale) {
  const fs::path model = dir.path() / "model.gguf";
  ASSERT_TRUE(merge::writeChecksumFile(model, testing::sha256Hex(testing::tinyModel().bytes())).ok());
  testing::FakeOllama fake;
  ASSERT_TRUE(fake.start());
  const auto run = create(fake.url(), "seer", modelfile(kVision));
  ASSERT_TRUE(run.result.ok()) << run.result.error().describe();
  EXPECT_EQ(run.result->files[0].digestSource, DigestSource::Sidecar);
  EXPECT_FALSE(run.sawPhase("hashing", "model.gguf")) << "the sidecar's SHA-256 is reused";
  EXPECT_TRUE(run.sawPhase("uploading", "model.gguf")) << "and the upload verifies it";
  EXPECT_TRUE(run.sawPhase("hashing", "mmproj.gguf")) << "no sidecar: hashed";
  EXPECT_TRUE(run.sawStatus("from model.gguf.sha256"));

  // The model changes after the merge: the sidecar no longer counts.
  testing::tinyModel("qwen2").write(model);
  fs::last_write_time(model, fs::last_write_time(fs::path(model.string() + ".sha256")) + 5s);
  const auto stale = create(fake.url(), "seer2", modelfile(kVision));
  ASSERT_TRUE(stale.result.ok()) << stale.result.error().describe();
  EXPECT_EQ(stale.result->files[0].digestSource, DigestSource::Hashed);
  EXPECT_FALSE(stale.result->files[0].sidecarIgnoredWhy.empty());
  EXPECT_TRUE(stale.sawPhase("hashing", "model.gguf"));
}

TEST_F(CreateFlowTest, BlobsTheServerHasAreNotUploadedAgain) {
  testing::FakeOllama fake;
  ASSERT_TRUE(fake.start());
  const auto path = modelfile(kVision);
  ASSERT_TRUE(create(fake.url(), "first", path).result.ok());
  const auto again = create(fake.url(), "second", path);
  ASSERT_TRUE(again.result.ok()) << again.result.error().describe();
  for (const auto& file : again.result->files)
    EXPECT_TRUE(file.alreadyOnServer) << file.name;
  EXPECT_FALSE(again.sawPhase("uploading"));
  EXPECT_TRUE(again.sawStatus("model.gguf is already on the server"));
  EXPECT_TRUE(modelExists(fake, "second"));
}

TEST_F(CreateFlowTest, CancelledUploadCreatesNothing) {
  // A model with 256 MiB behind its header: long enough to cancel mid-upload.
  const fs::path big = dir.path() / "big.gguf";
  testing::tinyModel().write(big);
  ASSERT_EQ(::truncate(big.c_str(), off_t(256) << 20), 0);
  testing::FakeOllama fake;
  ASSERT_TRUE(fake.start());
  const auto run = create(fake.url(), "big", modelfile("FROM ./big.gguf\n"), [](const Progress& p, CancelToken& c) {
    if (p.phase == "uploading" && p.done > 0)
      c.cancel();
  });
  ASSERT_FALSE(run.result.ok());
  EXPECT_EQ(run.result.error().code, ErrorCode::Cancelled);
  EXPECT_FALSE(run.sawPhase("creating"));
  EXPECT_FALSE(modelExists(fake, "big"));
  ProgressReporter quiet;
  const auto digest = io::sha256OfFile(big, quiet);
  ASSERT_TRUE(digest.ok());
  auto blob = testing::clientOf(fake.url()).hasBlob(digestFromHex(*digest));
  ASSERT_TRUE(blob.ok());
  EXPECT_FALSE(*blob) << "no partial blob is kept";
}

TEST_F(CreateFlowTest, CancelWorksWhileHashingAndWhileCreating) {
  const fs::path big = dir.path() / "big.gguf";
  testing::tinyModel().write(big);
  ASSERT_EQ(::truncate(big.c_str(), off_t(256) << 20), 0);
  testing::FakeOllama fake;
  ASSERT_TRUE(fake.start());
  const auto hashing = create(fake.url(), "big", modelfile("FROM ./big.gguf\n"), [](const Progress& p, CancelToken& c) {
    if (p.phase == "hashing" && p.done > 0)
      c.cancel();
  });
  ASSERT_FALSE(hashing.result.ok());
  EXPECT_EQ(hashing.result.error().code, ErrorCode::Cancelled);
  EXPECT_FALSE(hashing.sawPhase("uploading"));

  // The server stalls after its first status line; Cancel must not wait for it.
  testing::FakeOllamaFaults faults;
  faults.stallStreamAfter = 1;
  fake.setFaults(faults);
  const auto started = std::chrono::steady_clock::now();
  FlowRun creating;
  CancelToken cancel;
  auto progress = ProgressReporter::withSinks({[&](const Progress& p) { creating.reports.push_back(p); },
                                               [&](const Message& status) {
                                                 if (status.english() == "parsing GGUF")
                                                   cancel.cancel();
                                               },
                                               {},
                                               {}},
                                              &cancel, 0ms);
  creating.result = runCreateFlow(testing::clientOf(fake.url()), "small", modelfile("FROM ./model.gguf\n"), progress);
  ASSERT_FALSE(creating.result.ok());
  EXPECT_EQ(creating.result.error().code, ErrorCode::Cancelled) << creating.result.error().describe();
  EXPECT_TRUE(creating.sawPhase("creating"));
  EXPECT_LT(std::chrono::steady_clock::now() - started, 20s);
}

TEST_F(CreateFlowTest, OllamaDownIsSaidPlainlyBeforeAnyFileIsRead) {
  const std::string url = "http://127.0.0.1:" + std::to_string(testing::unusedLoopbackPort());
  const auto run = create(url, "seer", modelfile(kVision));
  ASSERT_FALSE(run.result.ok());
  EXPECT_EQ(run.result.error().code, ErrorCode::Network);
  EXPECT_NE(run.result.error().message.find("Ollama is not running at " + url), std::string::npos)
      << run.result.error().message;
  EXPECT_FALSE(run.sawPhase("hashing"));
}

TEST_F(CreateFlowTest, FromModelNameMustExistOnTheServer) {
  testing::FakeOllama fake;
  testing::seedModel(fake.modelsDir(), "tiny:latest");
  ASSERT_TRUE(fake.start());
  const auto run = create(fake.url(), "tiny-pirate", modelfile("FROM tiny\nSYSTEM Talk like a pirate.\n"));
  ASSERT_TRUE(run.result.ok()) << run.result.error().describe();
  EXPECT_TRUE(run.result->files.empty());
  EXPECT_EQ(run.result->vision, VisionCheck::NoProjector);
  EXPECT_FALSE(run.sawPhase("hashing"));
  EXPECT_TRUE(modelExists(fake, "tiny-pirate"));

  const auto missing = create(fake.url(), "other", modelfile("# base\nFROM llama9\n"));
  ASSERT_FALSE(missing.result.ok());
  EXPECT_NE(missing.result.error().message.find("neither a file nor a model on the Ollama server"), std::string::npos)
      << missing.result.error().message;
  EXPECT_EQ(missing.result.error().where.line, 2);
  EXPECT_FALSE(modelExists(fake, "other")) << "nothing is pulled or created";
}

TEST_F(CreateFlowTest, BadNamesAndModelfilesStopBeforeTheServer) {
  testing::FakeOllama fake;
  ASSERT_TRUE(fake.start());
  const auto badName = create(fake.url(), "my model", modelfile(kVision));
  ASSERT_FALSE(badName.result.ok());
  EXPECT_EQ(badName.result.error().code, ErrorCode::Invalid);
  EXPECT_NE(badName.result.error().message.find("contains ' '"), std::string::npos);

  const auto path = modelfile("FROM ./model.gguf\nPARAMETER temprature 0.5\n");
  const auto badParameter = create(fake.url(), "mine", path);
  ASSERT_FALSE(badParameter.result.ok());
  EXPECT_NE(badParameter.result.error().message.find("temprature"), std::string::npos);
  EXPECT_EQ(badParameter.result.error().where.line, 2);
  EXPECT_EQ(badParameter.result.error().where.path, path);

  const auto missing = create(fake.url(), "mine", modelfile("FROM ./nowhere.gguf\n"));
  ASSERT_FALSE(missing.result.ok());
  EXPECT_EQ(missing.result.error().where.line, 1);
  EXPECT_EQ(fake.requestCount(), 0) << "nothing was sent";
}

} // namespace
} // namespace md::ollama
