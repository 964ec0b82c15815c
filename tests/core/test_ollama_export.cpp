// Export (core/ollama/model_export.h): a model made by the fake server
// (every layer kind) exported from its store on disk with the server
// stopped; file names from the model name and the header's quantization;
// the Modelfile and README; clone or link vs copy; LM Studio's
// publisher/repo layout; a cancel, a damaged or missing blob and a taken
// name leave nothing under the final names; and the round trip: the
// exported Modelfile creates a model with the same layer digests.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "core/ollama/create_flow.h"
#include "core/ollama/model_export.h"
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

// The layers of a model in a store, as sorted "kind digest" strings.
std::vector<std::string> layersOf(const fs::path& store, const std::string& name) {
  auto layers = testing::manifestLayers(store, name);
  std::sort(layers.begin(), layers.end());
  return layers;
}

// Every file under `folder`, relative, hidden ones included.
std::vector<std::string> filesUnder(const fs::path& folder) {
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file(ec))
      files.push_back(fs::relative(it->path(), folder, ec).generic_string());
  std::sort(files.begin(), files.end());
  return files;
}

const ExportedFile* fileOfRole(const ExportResult& result, const std::string& role) {
  for (const auto& file : result.files)
    if (file.role == role)
      return &file;
  return nullptr;
}

class ExportTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_TRUE(fake.start());
    auto model = testing::tinyModel();
    for (auto& [key, value] : model.metadata)
      if (key == "general.file_type")
        value = std::uint32_t(15); // Q4_K_M
    model.write(dir.path() / "model.gguf");
    testing::tinyClipProjector().write(dir.path() / "mmproj.gguf");
    testing::tinyAdapter().write(dir.path() / "lora.gguf");
  }
  // A model with every kind of layer, made by the server itself.
  void makeFullModel(const std::string& name) {
    auto request = testing::visionCreateRequest(dir.path(), name);
    request.adapters = {{dir.path() / "lora.gguf", "lora.gguf", {}}};
    request.license = {"MIT", "Second license\nwith two lines"};
    ProgressReporter quiet;
    auto created = clientOf(fake).create(request, quiet);
    ASSERT_TRUE(created.ok()) << created.error().describe();
  }
  ExportOptions options(const std::string& model, const fs::path& destination) const {
    ExportOptions result;
    result.model = model;
    result.store = fake.modelsDir();
    result.destination = destination;
    return result;
  }
  Result<ExportResult> run(const ExportOptions& exportOptions, const CancelToken* cancel = nullptr) {
    auto progress =
        ProgressReporter::withSinks({{}, [&](const Message& note) { notes.push_back(note); }, {}, {}}, cancel, 0ms);
    notes.clear();
    return exportModel(exportOptions, progress);
  }
  fs::path blobOf(const std::string& model, const std::string& kind) const {
    for (const auto& layer : layersOf(fake.modelsDir(), model))
      if (layer.rfind(kind + " ", 0) == 0)
        return fake.modelsDir() / "blobs" / ("sha256-" + layer.substr(kind.size() + 8));
    return {};
  }

  testing::TempFolder dir;
  testing::FakeOllama fake;
  std::vector<Message> notes;
};

TEST(ExportNames, FromTheModelName) {
  const auto hf = exportNames("hf.co/bartowski/Qwen2.5-7B-Instruct-GGUF:Q4_K_M");
  EXPECT_EQ(hf.publisher, "bartowski");
  EXPECT_EQ(hf.repo, "Qwen2.5-7B-Instruct-GGUF");
  EXPECT_EQ(exportFileName(hf.base, "Q4_K_M"), "Qwen2.5-7B-Instruct-Q4_K_M.gguf");
  const auto library = exportNames("qwen2.5:7b-instruct-q4_K_M");
  EXPECT_EQ(library.publisher, "ollama");
  EXPECT_EQ(library.repo, "qwen2.5-7b-instruct-q4_K_M");
  EXPECT_EQ(exportFileName(library.base, "Q4_K_M"), "qwen2.5-7b-instruct-Q4_K_M.gguf");
  const auto latest = exportNames("llama3");
  EXPECT_EQ(latest.repo, "llama3");
  EXPECT_EQ(exportFileName(latest.base, "Q8_0"), "llama3-Q8_0.gguf");
  const auto user = exportNames("someone/my model:v2");
  EXPECT_EQ(user.publisher, "someone");
  EXPECT_EQ(user.repo, "my-model-v2");
  EXPECT_EQ(exportFileName("x", ""), "x.gguf");
  EXPECT_EQ(exportNames("registry.ollama.ai/library/qwen2:7b").repo, "qwen2-7b");
}

TEST(ExportNames, LmStudioFolderDefaultsUnderHome) {
  const auto folder = defaultLmStudioModelsDir([](const std::string& name) -> std::optional<std::string> {
    return name == "HOME" || name == "USERPROFILE" ? std::optional<std::string>("/home/张三") : std::nullopt;
  });
  EXPECT_EQ(folder, pathFromUtf8("/home/张三") / ".lmstudio" / "models");
}

TEST_F(ExportTest, PlainLayoutWithTheServerOff) {
  makeFullModel("seer:v1");
  fake.stop(); // the store stays on disk
  const fs::path out = dir.path() / "导出 out";
  auto exported = run(options("seer:v1", out));
  ASSERT_TRUE(exported.ok()) << exported.error().describe();
  EXPECT_EQ(exported->folder, out);
  EXPECT_EQ(filesUnder(out), (std::vector<std::string>{"Modelfile", "README.md", "adapter-seer-v1-F32.gguf",
                                                       "mmproj-seer-v1-F32.gguf", "seer-v1-Q4_K_M.gguf"}));
  const auto* model = fileOfRole(*exported, "model");
  ASSERT_NE(model, nullptr);
  EXPECT_EQ(testing::readFile(out / "seer-v1-Q4_K_M.gguf"), testing::readFile(dir.path() / "model.gguf"));
  EXPECT_EQ(model->sha256, testing::sha256Hex(testing::readFile(dir.path() / "model.gguf")));
  EXPECT_EQ(model->size, fs::file_size(dir.path() / "model.gguf"));
  EXPECT_EQ(testing::readFile(out / "mmproj-seer-v1-F32.gguf"), testing::readFile(dir.path() / "mmproj.gguf"));
  EXPECT_EQ(testing::readFile(out / "Modelfile"), exported->modelfile);
}

// A model split over several model layers (shards) gets llama.cpp's shard
// names after the quantization, numbered from 00001.
TEST_F(ExportTest, ShardedModelLayersGetShardNames) {
  makeFullModel("shards:v1");
  fake.stop();
  testing::FakeStore store(fake.modelsDir());
  const auto name = *testing::ModelName::parse("shards:v1");
  auto manifest = store.readManifest(name);
  ASSERT_TRUE(manifest.has_value());
  nlohmann::json layers = nlohmann::json::array();
  for (const auto& layer : (*manifest)["layers"]) {
    layers.push_back(layer);
    if (testing::layerKind(layer) == "model")
      layers.push_back(layer); // a second shard (the same bytes will do)
  }
  (*manifest)["layers"] = layers;
  store.writeManifest(name, *manifest);
  const fs::path out = dir.path() / "shards";
  auto exported = run(options("shards:v1", out));
  ASSERT_TRUE(exported.ok()) << exported.error().describe();
  const auto files = filesUnder(out);
  std::string listed;
  for (const auto& file : files)
    listed += file + " ";
  EXPECT_NE(std::find(files.begin(), files.end(), "shards-v1-Q4_K_M-00001-of-00002.gguf"), files.end()) << listed;
  EXPECT_NE(std::find(files.begin(), files.end(), "shards-v1-Q4_K_M-00002-of-00002.gguf"), files.end()) << listed;
}

TEST_F(ExportTest, ModelfileHasEveryLayer) {
  makeFullModel("seer:v1");
  auto exported = run(options("seer:v1", dir.path() / "out"));
  ASSERT_TRUE(exported.ok()) << exported.error().describe();
  const std::string& text = exported->modelfile;
  for (const char* line :
       {"FROM ./seer-v1-Q4_K_M.gguf\n", "FROM ./mmproj-seer-v1-F32.gguf\n", "ADAPTER ./adapter-seer-v1-F32.gguf\n",
        "TEMPLATE {{ .System }} {{ .Prompt }}\n", "SYSTEM You see images.\n", "PARAMETER num_ctx 8192\n",
        "PARAMETER stop <|im_end|>\n", "PARAMETER temperature 0.25\n", "MESSAGE user hello\n", "MESSAGE assistant hi\n",
        "LICENSE MIT\n", "LICENSE \"\"\"Second license\nwith two lines\"\"\"\n"})
    EXPECT_NE(text.find(line), std::string::npos) << line << " not in\n" << text;
  EXPECT_LT(text.find("FROM ./seer"), text.find("FROM ./mmproj")); // the model first
}

TEST_F(ExportTest, ReadmeListsSizesAndHashes) {
  makeFullModel("seer:v1");
  auto exported = run(options("seer:v1", dir.path() / "out"));
  ASSERT_TRUE(exported.ok()) << exported.error().describe();
  const std::string readme = testing::readFile(exported->folder / "README.md");
  for (const auto& file : exported->files) {
    if (file.role == "readme")
      continue;
    const std::string row = "| `" + file.relative + "` | " + file.role + " | " + formatBytes(file.size) + " | " +
                            std::to_string(file.size) + " | `" + testing::sha256Hex(testing::readFile(file.path)) +
                            "` |";
    EXPECT_NE(readme.find(row), std::string::npos) << row << "\n" << readme;
  }
  EXPECT_EQ(fileOfRole(*exported, "readme")->sha256, testing::sha256Hex(readme));
}

TEST_F(ExportTest, SharesTheBlobWhereItCanElseCopies) {
  makeFullModel("seer:v1");
  auto shared = run(options("seer:v1", dir.path() / "shared"));
  ASSERT_TRUE(shared.ok()) << shared.error().describe();
  const auto* model = fileOfRole(*shared, "model");
  ASSERT_TRUE(model->placement == "reflink" || model->placement == "hardlink") << model->placement;
  EXPECT_EQ(model->bytesWritten, 0u);
  if (model->placement == "hardlink") {
    EXPECT_TRUE(fs::equivalent(model->path, blobOf("seer:v1", "model")));
  }

  auto copyOptions = options("seer:v1", dir.path() / "copied");
  copyOptions.allowClone = false;
  copyOptions.allowLink = false;
  auto copied = run(copyOptions);
  ASSERT_TRUE(copied.ok()) << copied.error().describe();
  const auto* copy = fileOfRole(*copied, "model");
  EXPECT_EQ(copy->placement, "copy");
  EXPECT_EQ(copy->bytesWritten, copy->size);
  EXPECT_FALSE(fs::equivalent(copy->path, blobOf("seer:v1", "model")));
  EXPECT_EQ(copied->bytesWritten, shared->bytesWritten + copy->size + fileOfRole(*copied, "projector")->size +
                                      fileOfRole(*copied, "adapter")->size);
}

TEST_F(ExportTest, LmStudioLayoutUsesPublisherAndRepo) {
  testing::FakeStore store(fake.modelsDir());
  const std::string name = "hf.co/bartowski/Qwen2.5-7B-Instruct-GGUF:Q4_K_M";
  nlohmann::json layers =
      nlohmann::json::array({store.putLayer("model", testing::readFile(dir.path() / "model.gguf")),
                             store.putLayer("projector", testing::readFile(dir.path() / "mmproj.gguf"))});
  const auto config = store.putLayer("config", "{}");
  store.writeManifest(*testing::ModelName::parse(name), {{"schemaVersion", 2}, {"config", config}, {"layers", layers}});
  auto lmOptions = options(name, dir.path() / "lmstudio" / "models");
  lmOptions.layout = ExportLayout::LmStudio;
  auto exported = run(lmOptions);
  ASSERT_TRUE(exported.ok()) << exported.error().describe();
  const fs::path folder = dir.path() / "lmstudio" / "models" / "bartowski" / "Qwen2.5-7B-Instruct-GGUF";
  EXPECT_EQ(exported->folder, folder);
  EXPECT_EQ(filesUnder(folder), (std::vector<std::string>{"Modelfile", "Qwen2.5-7B-Instruct-Q4_K_M.gguf", "README.md",
                                                          "mmproj-Qwen2.5-7B-Instruct-F32.gguf"}));
  EXPECT_NE(exported->modelfile.find("FROM ./Qwen2.5-7B-Instruct-Q4_K_M.gguf\n"), std::string::npos);
}

TEST_F(ExportTest, CancelLeavesNothing) {
  makeFullModel("seer:v1");
  CancelToken cancel;
  auto cancelOptions = options("seer:v1", dir.path() / "new" / "out");
  cancelOptions.allowClone = false;
  cancelOptions.allowLink = false;
  auto progress = ProgressReporter::withSinks({{},
                                               [&](const Message& note) {
                                                 if (note.id == MessageId::ExportedByCopy)
                                                   cancel.cancel(); // after the first file is complete
                                               },
                                               {},
                                               {}},
                                              &cancel, 0ms);
  auto exported = exportModel(cancelOptions, progress);
  ASSERT_FALSE(exported.ok());
  EXPECT_EQ(exported.error().code, ErrorCode::Cancelled);
  EXPECT_FALSE(fs::exists(dir.path() / "new")); // the folders it made are gone too

  fs::create_directories(dir.path() / "kept");
  cancel.reset();
  cancelOptions.destination = dir.path() / "kept";
  auto again = exportModel(cancelOptions, progress);
  ASSERT_FALSE(again.ok());
  EXPECT_TRUE(fs::exists(dir.path() / "kept"));
  EXPECT_TRUE(filesUnder(dir.path() / "kept").empty()); // no temp file either
}

TEST_F(ExportTest, DamagedBlobIsRefusedWithNothingWritten) {
  makeFullModel("seer:v1");
  const fs::path blob = blobOf("seer:v1", "projector");
  std::string bytes = testing::readFile(blob);
  bytes[bytes.size() - 1] ^= 0x55; // same size, other content
  std::ofstream(blob, std::ios::binary | std::ios::trunc) << bytes;
  for (const bool share : {false, true}) {
    auto damagedOptions = options("seer:v1", dir.path() / (share ? "shared" : "copied"));
    damagedOptions.allowClone = share;
    damagedOptions.allowLink = share;
    auto exported = run(damagedOptions);
    ASSERT_FALSE(exported.ok());
    EXPECT_EQ(exported.error().code, ErrorCode::Malformed);
    EXPECT_EQ(exported.error().text.id, MessageId::ExportBlobDamaged) << exported.error().describe();
    EXPECT_NE(exported.error().message.find("mmproj-seer-v1-F32.gguf"), std::string::npos);
    EXPECT_FALSE(fs::exists(damagedOptions.destination));
  }
}

TEST_F(ExportTest, MissingBlobIsNamed) {
  makeFullModel("seer:v1");
  fs::remove(blobOf("seer:v1", "adapter"));
  auto exported = run(options("seer:v1", dir.path() / "out"));
  ASSERT_FALSE(exported.ok());
  EXPECT_EQ(exported.error().code, ErrorCode::NotFound);
  EXPECT_EQ(exported.error().text.id, MessageId::ExportBlobMissing);
  EXPECT_NE(exported.error().message.find("seer:v1"), std::string::npos) << exported.error().message;
  EXPECT_FALSE(fs::exists(dir.path() / "out"));
}

TEST_F(ExportTest, UnknownModelAndTakenNamesAreRefused) {
  makeFullModel("seer:v1");
  auto unknown = run(options("nobody:v1", dir.path() / "out"));
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);

  testing::writeText(dir.path() / "out" / "Modelfile", "FROM mine\n");
  auto taken = run(options("seer:v1", dir.path() / "out"));
  ASSERT_FALSE(taken.ok());
  EXPECT_EQ(taken.error().code, ErrorCode::AlreadyExists);
  EXPECT_EQ(filesUnder(dir.path() / "out"), std::vector<std::string>{"Modelfile"});
  EXPECT_EQ(testing::readText(dir.path() / "out" / "Modelfile"), "FROM mine\n");
}

TEST_F(ExportTest, NotEnoughSpaceForACopy) {
  makeFullModel("seer:v1");
  auto small = options("seer:v1", dir.path() / "out");
  small.allowClone = false;
  small.allowLink = false;
  small.freeSpace = [](const fs::path&) { return std::uint64_t(1024); };
  auto exported = run(small);
  ASSERT_FALSE(exported.ok());
  EXPECT_EQ(exported.error().code, ErrorCode::NoSpace);
  EXPECT_FALSE(fs::exists(dir.path() / "out"));
}

TEST_F(ExportTest, RoundTripThroughTheModelfileKeepsEveryDigest) {
  makeFullModel("seer:v1");
  auto exported = run(options("seer:v1", dir.path() / "round trip"));
  ASSERT_TRUE(exported.ok()) << exported.error().describe();
  ProgressReporter quiet;
  auto created = runCreateFlow(clientOf(fake), "back:v1", exported->folder / "Modelfile", quiet);
  ASSERT_TRUE(created.ok()) << created.error().describe();
  const auto original = layersOf(fake.modelsDir(), "seer:v1");
  ASSERT_EQ(original.size(), 9u); // model, projector, adapter, template, system, params, messages, 2 licenses
  EXPECT_EQ(layersOf(fake.modelsDir(), "back:v1"), original);
}

} // namespace
} // namespace md::ollama
