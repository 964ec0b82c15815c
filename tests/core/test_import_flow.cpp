// The import flow in core: the plan (roles, names, joined sizes, the
// Modelfile, a suggested name), and a cancel at every phase leaves no placed
// blob, no model and no temp file, whether the blobs are placed or uploaded.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "core/ollama/import_flow.h"
#include "core/ollama/model_name.h"
#include "core/util/paths.h"
#include "tests/core/test_import_support.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/merge_fixtures.h"
#include "tests/support/temp_folder.h"
#include "tests/support/tiny_gguf.h"

namespace md {
namespace {

namespace fs = std::filesystem;

TEST(ImportPlan, PartsAndAProjectorAreTwoBlobs) {
  testing::TempFolder dir;
  const auto parts =
      testing::writeParts(testing::tinyLlama("Qwen2.5 7B Instruct"), dir.path() / "q.gguf", {".part2of2", ".part1of2"});
  testing::tinyProjector().write(dir.path() / "mmproj.gguf");
  const auto plan = ollama::planImport({dir.path() / "mmproj.gguf", parts[0], parts[1]}, {Version{0, 12, 0}});
  ASSERT_TRUE(plan.ok()) << (plan.problems.empty() ? "" : plan.problems.front().english());
  ASSERT_EQ(plan.blobs.size(), 2u);
  EXPECT_EQ(plan.blobs[0].role, ollama::BlobRole::Model);
  EXPECT_TRUE(plan.blobs[0].joined());
  EXPECT_EQ(plan.blobs[0].size, fs::file_size(parts[0]) + fs::file_size(parts[1]));
  EXPECT_EQ(plan.blobs[1].role, ollama::BlobRole::Projector);
  EXPECT_EQ(plan.modelfile.rfind("FROM ./q.gguf\nFROM ./mmproj.gguf\n", 0), 0u) << plan.modelfile;
  EXPECT_EQ(plan.suggestedName, "qwen2.5-7b-instruct");
}

TEST(ImportPlan, AMissingPartIsRefusedBeforeAnythingIsWritten) {
  testing::TempFolder dir;
  const auto parts =
      testing::writeParts(testing::tinyLlama(), dir.path() / "q.gguf", {".part1of3", ".part2of3", ".part3of3"});
  const auto plan = ollama::planImport({parts[0], parts[1]}, {Version{0, 12, 0}});
  EXPECT_FALSE(plan.ok());
  EXPECT_FALSE(plan.problems.empty());
}

TEST(ImportPlan, SuggestedNamesAreValid) {
  EXPECT_EQ(ollama::suggestModelName("Qwen2.5-7B-Instruct-Q4_K_M.gguf"), "qwen2.5-7b-instruct-q4_k_m");
  EXPECT_EQ(ollama::suggestModelName("x-00001-of-00003.gguf"), "x");
  EXPECT_EQ(ollama::suggestModelName("My Model (final)!"), "my-model-final");
  EXPECT_EQ(ollama::suggestModelName("..."), "model");
  for (const char* raw : {"a b/c:d", "-x", "模型.gguf", "Llama 3.1 8B"})
    EXPECT_TRUE(ollama::checkModelName(ollama::suggestModelName(raw)).ok()) << raw;
}

// Cancels the job when a phase begins.
struct CancelAt {
  explicit CancelAt(std::string at) : phase(std::move(at)) {}
  std::string phase;
  CancelToken token;
  bool seen = false;
  ProgressReporter reporter() {
    return ProgressReporter(
        [this](const Progress& p) {
          if (p.phase == phase) {
            seen = true;
            token.cancel();
          }
        },
        &token);
  }
};

class ImportCancel : public ::testing::TestWithParam<std::tuple<std::string, bool>> {};

TEST_P(ImportCancel, LeavesNothingBehind) {
  const auto& [phase, upload] = GetParam();
  testing::FakeOllama fake;
  ASSERT_TRUE(fake.start());
  testing::TempFolder dir;
  const auto parts = testing::writeParts(testing::tinyLlama(), dir.path() / "m.gguf", {".part1of2", ".part2of2"});
  testing::tinyProjector().write(dir.path() / "mmproj.gguf");
  const auto before = testing::storeFiles(fake.modelsDir());
  const auto inputsBefore = testing::readFile(parts[0]) + testing::readFile(parts[1]);

  ollama::ImportOptions options;
  options.name = "cancelled:v1";
  options.placement = upload ? ollama::Placement::Upload : ollama::Placement::Auto;
  options.stores = {fake.modelsDir()};
  options.storesGiven = true;
  CancelAt cancel{phase};
  auto progress = cancel.reporter();
  const ollama::Client client(fake.url());
  auto imported = ollama::importFiles(client, {parts[0], parts[1], dir.path() / "mmproj.gguf"}, options, progress);
  ASSERT_TRUE(cancel.seen) << "the flow never reached " << phase;
  ASSERT_FALSE(imported.ok()) << phase;
  EXPECT_EQ(imported.error().code, ErrorCode::Cancelled) << imported.error().describe();
  // An upload that was cut off is the server's to drop (its own "-partial"
  // file): give it a moment. Blobs uploaded whole stay on the server (no API
  // removes a blob; Ollama prunes unreferenced ones when it starts).
  auto left = [&] {
    auto files = testing::storeFiles(fake.modelsDir());
    if (upload)
      std::erase_if(files, [](const std::string& file) {
        return file.rfind("blobs/sha256-", 0) == 0 && file.find("partial") == std::string::npos;
      });
    return files;
  };
  for (int i = 0; i < 100 && left() != before; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(left(), before) << "no placed blob, no manifest, no temp file after " << phase;
  EXPECT_FALSE(client.show("cancelled:v1").ok());
  EXPECT_EQ(testing::readFile(parts[0]) + testing::readFile(parts[1]), inputsBefore) << "inputs untouched";
}

INSTANTIATE_TEST_SUITE_P(Placed, ImportCancel,
                         ::testing::Combine(::testing::Values("probing", "joining", "placing", "hashing", "creating",
                                                              "verifying"),
                                            ::testing::Values(false)));
INSTANTIATE_TEST_SUITE_P(Uploaded, ImportCancel,
                         ::testing::Combine(::testing::Values("hashing", "uploading", "creating", "verifying"),
                                            ::testing::Values(true)));

// Options that import "moved" into `store` by moving the file there.
ollama::ImportOptions moveInto(const fs::path& store) {
  ollama::ImportOptions options;
  options.name = "moved";
  options.placement = ollama::Placement::Move;
  options.stores = {store};
  options.storesGiven = true;
  return options;
}

TEST(ImportFlow, AMoveGoesBackWhenTheImportFails) {
  testing::FakeOllama fake;
  ASSERT_TRUE(fake.start());
  testing::TempFolder dir;
  testing::tinyLlama().write(dir.path() / "model.gguf");
  const auto bytes = testing::readFile(dir.path() / "model.gguf");
  const auto options = moveInto(fake.modelsDir());
  CancelAt cancel{"creating"};
  auto progress = cancel.reporter();
  auto imported = ollama::importFiles(ollama::Client(fake.url()), {dir.path() / "model.gguf"}, options, progress);
  ASSERT_FALSE(imported.ok());
  EXPECT_EQ(testing::readFile(dir.path() / "model.gguf"), bytes) << "the moved file is back";

  CancelToken none;
  ProgressReporter quiet({}, &none);
  auto moved = ollama::importFiles(ollama::Client(fake.url()), {dir.path() / "model.gguf"}, options, quiet);
  ASSERT_TRUE(moved.ok()) << moved.error().describe();
  EXPECT_EQ(moved->placement, "move");
  EXPECT_FALSE(fs::exists(dir.path() / "model.gguf"));
  EXPECT_EQ(testing::readFile(fake.modelsDir() / "blobs" / ("sha256-" + moved->blobs[0].digest.substr(7))), bytes);
}

// A folder on /dev/shm (tmpfs), removed again; empty when there is none.
struct ShmFolder {
  fs::path path;
  ShmFolder() {
    std::error_code ec;
    if (!fs::is_directory("/dev/shm", ec))
      return;
    path = fs::path("/dev/shm") /
           ("modeldesk-move-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    if (!fs::create_directory(path, ec))
      path.clear();
  }
  ~ShmFolder() {
    std::error_code ec;
    if (!path.empty())
      fs::remove_all(path, ec);
  }
};

// `move` from another filesystem cannot rename: the blob is copied with its
// hash in the same pass, and the source goes only once the model exists.
TEST(ImportFlow, AMoveAcrossFilesystemsKeepsTheSourceUntilTheModelExists) {
  testing::FakeOllama fake;
  ASSERT_TRUE(fake.start());
  ShmFolder other;
  if (other.path.empty() || ollama::onSameFilesystem(other.path, fake.modelsDir()))
    GTEST_SKIP() << "needs /dev/shm on another filesystem than " << fake.modelsDir();
  const fs::path source = other.path / "model.gguf";
  testing::tinyLlama().write(source);
  const auto bytes = testing::readFile(source);
  const auto before = testing::storeFiles(fake.modelsDir());
  const auto options = moveInto(fake.modelsDir());
  CancelAt cancel{"creating"};
  auto failing = cancel.reporter();
  ASSERT_FALSE(ollama::importFiles(ollama::Client(fake.url()), {source}, options, failing).ok());
  EXPECT_EQ(testing::readFile(source), bytes) << "the source stays when the import fails";
  EXPECT_EQ(testing::storeFiles(fake.modelsDir()), before) << "the copy is removed again";

  std::vector<MessageId> notes;
  auto progress =
      ProgressReporter::withSinks({{}, [&](const Message& note) { notes.push_back(note.id); }, {}, {}}, nullptr);
  auto moved = ollama::importFiles(ollama::Client(fake.url()), {source}, options, progress);
  ASSERT_TRUE(moved.ok()) << moved.error().describe();
  EXPECT_EQ(moved->placement, "move");
  EXPECT_EQ(moved->bytesWritten, bytes.size()) << "across filesystems the bytes are copied once";
  EXPECT_FALSE(fs::exists(source)) << "removed once the model uses the blob";
  EXPECT_EQ(testing::readFile(fake.modelsDir() / "blobs" / ("sha256-" + moved->blobs[0].digest.substr(7))), bytes);
  EXPECT_EQ(moved->blobs[0].digest, "sha256:" + testing::sha256Hex(bytes));
  const auto said = [&](MessageId id) { return std::find(notes.begin(), notes.end(), id) != notes.end(); };
  EXPECT_TRUE(said(MessageId::MovingAcrossFilesystems));
  EXPECT_TRUE(said(MessageId::RemovedMovedSource));
  EXPECT_FALSE(said(MessageId::HashingFile)) << "hashed in the same pass as the copy";
}

} // namespace
} // namespace md
