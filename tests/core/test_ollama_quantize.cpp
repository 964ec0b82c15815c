// Quantize on create (issue 21) against the fake server, which follows
// Ollama 0.33's createModel: an F16 model becomes the asked type (its blob
// reads as that type; the F16 blob stays behind, unreferenced), a quantized
// source, an unknown type and a server older than 0.1.35 are refused by the
// client before any upload, and the fake refuses the same requests with
// Ollama's words when they are sent anyway. Also the import flow's quantize
// and its store probe, found once for many names, and the size estimate.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/gguf/quantize_estimate.h"
#include "core/gguf/reader.h"
#include "core/gguf/types.h"
#include "core/net/http_client.h"
#include "core/ollama/client.h"
#include "core/ollama/import_flow.h"
#include "core/ollama/quantize.h"
#include "core/util/sha256.h"
#include "tests/core/test_import_support.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/temp_folder.h"
#include "tests/support/tiny_gguf.h"

namespace md::ollama {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// A tiny model whose general.file_type is `fileType` (1: F16, 15: Q4_K_M, 32: BF16).
testing::TinyGguf modelOfType(std::uint32_t fileType) {
  auto gguf = testing::tinyModel();
  for (auto& [key, value] : gguf.metadata)
    if (key == "general.file_type")
      value = fileType;
  return gguf;
}

std::size_t blobCount(const fs::path& store) {
  std::size_t count = 0;
  for (const auto& entry : fs::directory_iterator(store / "blobs"))
    count += entry.path().filename().string().rfind("sha256-", 0) == 0 ? 1 : 0;
  return count;
}

class QuantizeTest : public ::testing::Test {
protected:
  void start(const std::string& version) {
    fake = std::make_unique<testing::FakeOllama>(testing::FakeOllamaOptions{.version = version});
    ASSERT_TRUE(fake->start());
  }
  Status create(const std::string& file, const std::string& quantize) {
    CreateRequest request;
    request.model = "mine";
    request.files = {{dir.path() / file, "model.gguf", {}}};
    request.quantize = quantize;
    notes.clear();
    phases.clear();
    auto progress = ProgressReporter::withSinks({[&](const Progress& p) {
                                                   if (phases.empty() || phases.back() != p.phase)
                                                     phases.push_back(p.phase);
                                                 },
                                                 [&](const Message& note) { notes.push_back(note.english()); },
                                                 {},
                                                 {}},
                                                nullptr);
    return Client(fake->url()).create(request, progress);
  }
  // Creates from a model of `fileType` ("source.gguf") with `quantize`,
  // expecting a refusal before anything is uploaded: the error.
  std::optional<Error> refusal(std::uint32_t fileType, const std::string& quantize) {
    modelOfType(fileType).write(dir.path() / "source.gguf");
    const auto blobsBefore = blobCount(fake->modelsDir());
    auto created = create("source.gguf", quantize);
    EXPECT_EQ(blobCount(fake->modelsDir()), blobsBefore) << "nothing uploaded";
    EXPECT_FALSE(modelLayer("mine").has_value());
    return created.ok() ? std::nullopt : std::optional<Error>(created.error());
  }
  // The model layer of `name` in the fake's store, read as a GGUF.
  std::optional<gguf::Summary> modelLayer(const std::string& name, std::string* digest = nullptr) const {
    const auto manifest = testing::FakeStore(fake->modelsDir()).readManifest(*testing::ModelName::parse(name));
    if (!manifest)
      return std::nullopt;
    for (const auto& layer : (*manifest)["layers"])
      if (testing::layerKind(layer) == "model") {
        const std::string found = layer["digest"];
        if (digest)
          *digest = found;
        auto header = gguf::readGguf(testing::FakeStore(fake->modelsDir()).blobPath(found));
        if (header)
          return gguf::summarize(*header);
      }
    return std::nullopt;
  }
  // Sends the file as a blob and create with `quantize` straight over HTTP:
  // what the fake says when a client does not check.
  std::string rawCreate(const std::string& file, const std::string& quantize) {
    const std::string bytes = testing::readFile(dir.path() / file);
    const std::string digest = "sha256:" + testing::sha256Hex(bytes);
    net::HttpRequest upload;
    upload.method = "POST";
    upload.url = fake->url() + "/api/blobs/" + digest;
    upload.body = bytes;
    EXPECT_TRUE(net::perform(upload).ok());
    const json body{{"model", "raw"}, {"files", {{"model.gguf", digest}}}, {"quantize", quantize}};
    net::HttpRequest request;
    request.method = "POST";
    request.url = fake->url() + "/api/create";
    request.body = body.dump();
    auto response = net::perform(request);
    EXPECT_TRUE(response.ok());
    return response ? response->body : std::string();
  }

  std::unique_ptr<testing::FakeOllama> fake;
  testing::TempFolder dir;
  std::vector<std::string> notes;
  std::vector<std::string> phases;
};

TEST(QuantizeTypes, AreOllamasNamesInAnyCase) {
  EXPECT_EQ(quantizeType("q4_k_m"), "Q4_K_M");
  EXPECT_EQ(quantizeType("Q4_K"), "Q4_K_M");
  EXPECT_EQ(quantizeType("q8_0"), "Q8_0");
  EXPECT_EQ(quantizeType("bf16"), "BF16");
  EXPECT_FALSE(quantizeType("Q5_K_M").has_value()) << "gone from ParseFileType since 0.7.0";
  EXPECT_FALSE(quantizeType("").has_value());
  for (const auto& offered : offeredQuantizeTypes())
    EXPECT_EQ(quantizeType(offered), offered);
}

TEST_F(QuantizeTest, AnF16ModelBecomesTheTypeAndTheF16BlobStaysBehind) {
  start("0.33.0");
  modelOfType(1).write(dir.path() / "f16.gguf");
  const std::string sourceDigest = "sha256:" + testing::sha256Hex(modelOfType(1).bytes());
  auto created = create("f16.gguf", "q4_k_m");
  ASSERT_TRUE(created.ok()) << created.error().describe();
  EXPECT_EQ(std::count(notes.begin(), notes.end(), "quantizing F16 model to Q4_K_M"), 1)
      << "one note for the repeated progress lines: " << ::testing::PrintToString(notes);
  EXPECT_NE(std::find(notes.begin(), notes.end(), "verifying conversion"), notes.end());
  EXPECT_NE(std::find(phases.begin(), phases.end(), "quantizing"), phases.end()) << ::testing::PrintToString(phases);
  std::string digest;
  const auto layer = modelLayer("mine", &digest);
  ASSERT_TRUE(layer.has_value());
  EXPECT_EQ(layer->fileType, "Q4_K_M");
  EXPECT_NE(digest, sourceDigest);
  EXPECT_TRUE(fs::exists(testing::FakeStore(fake->modelsDir()).blobPath(sourceDigest)))
      << "Ollama leaves the uploaded F16 blob until a start prunes it";
  auto shown = Client(fake->url()).show("mine");
  ASSERT_TRUE(shown.ok());
  EXPECT_EQ(shown->details.quantizationLevel, "Q4_K_M");
}

TEST_F(QuantizeTest, AQuantizedSourceIsRefusedBeforeAnyUpload) {
  start("0.33.0");
  const auto error = refusal(15, "Q8_0");
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->text.id, MessageId::QuantizeSourceQuantized);
  EXPECT_EQ(error->message, "model.gguf is Q4_K_M: Ollama quantizes only F16, BF16 and F32 models");
}

TEST_F(QuantizeTest, TheFakeRefusesAQuantizedSourceAsOllamaDoes) {
  start("0.33.0");
  modelOfType(15).write(dir.path() / "q4.gguf");
  const std::string stream = rawCreate("q4.gguf", "q8_0");
  EXPECT_NE(stream.find(R"({"error":"quantization is only supported for F16, BF16 and F32 models"})"),
            std::string::npos)
      << stream;
  EXPECT_FALSE(modelLayer("raw").has_value());
}

TEST_F(QuantizeTest, AnUnknownTypeIsRefusedByTheClientAndTheFake) {
  start("0.33.0");
  const auto error = refusal(1, "q5_k_m");
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->text.id, MessageId::QuantizeTypeUnknown);
  const std::string stream = rawCreate("source.gguf", "q5_k_m");
  EXPECT_NE(stream.find("unsupported quantization type Q5_K_M - supported types are F32, F16, Q4_K_S, Q4_K_M, Q8_0"),
            std::string::npos)
      << stream;
}

TEST_F(QuantizeTest, AServerOlderThanTheFieldIsRefused) {
  start("0.1.34");
  const auto error = refusal(1, "Q4_K_M");
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->text.id, MessageId::QuantizeNeedsVersion);
  EXPECT_EQ(error->message, "Ollama 0.1.34 cannot quantize while creating a model (0.1.35 can)");
}

TEST_F(QuantizeTest, Bf16SourcesNeed0221) {
  start("0.21.0");
  const auto error = refusal(32, "Q4_K_M");
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->text.id, MessageId::QuantizeBf16NeedsVersion);
  EXPECT_NE(rawCreate("source.gguf", "Q4_K_M").find("quantization is only supported for F16 and F32 models"),
            std::string::npos)
      << "the words of Ollama before 0.22.1";
}

TEST_F(QuantizeTest, TheOldModelfileCreateSendsQuantizeToo) {
  start("0.5.4");
  modelOfType(0).write(dir.path() / "f32.gguf");
  auto created = create("f32.gguf", "q8_0");
  ASSERT_TRUE(created.ok()) << created.error().describe();
  const auto layer = modelLayer("mine");
  ASSERT_TRUE(layer.has_value());
  EXPECT_EQ(layer->fileType, "Q8_0");
}

TEST_F(QuantizeTest, ImportQuantizesAndRefusesAQuantizedSourceBeforePlacing) {
  start("0.33.0");
  testing::tinyLlama().setU32("general.file_type", 1).write(dir.path() / "f16.gguf");
  ImportOptions options;
  options.name = "imported:q8";
  options.quantize = "q8_0";
  options.stores = {fake->modelsDir()};
  options.storesGiven = true;
  ProgressReporter progress;
  const Client client(fake->url());
  auto imported = importFiles(client, {dir.path() / "f16.gguf"}, options, progress);
  ASSERT_TRUE(imported.ok()) << imported.error().describe();
  const auto layer = modelLayer("imported:q8");
  ASSERT_TRUE(layer.has_value());
  EXPECT_EQ(layer->fileType, "Q8_0");

  testing::tinyLlama().setU32("general.file_type", 15).write(dir.path() / "q4.gguf");
  const auto before = testing::storeFiles(fake->modelsDir());
  options.name = "refused";
  auto refused = importFiles(client, {dir.path() / "q4.gguf"}, options, progress);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().text.id, MessageId::QuantizeSourceQuantized);
  EXPECT_EQ(testing::storeFiles(fake->modelsDir()), before) << "nothing placed";
}

TEST_F(QuantizeTest, TheStoreIsProbedOnceForManyNames) {
  start("0.33.0");
  testing::tinyLlama().write(dir.path() / "m.gguf");
  const auto plan = planImport({dir.path() / "m.gguf"}, {Version{0, 33, 0}});
  ASSERT_TRUE(plan.ok());
  ImportOptions options;
  options.stores = {fake->modelsDir()};
  options.storesGiven = true;
  ProgressReporter progress;
  const Client client(fake->url());
  auto store = findImportStore(client, options, progress);
  ASSERT_TRUE(store.ok()) << store.error().describe();
  ASSERT_TRUE(store->store.has_value()) << "the probe proved the store";
  const int probes = fake->blobCheckCount();
  EXPECT_GT(probes, 0);
  for (const char* name : {"a", "ab", "abc:v1"}) {
    options.name = name;
    auto preflight = preflightImport(client, plan, options, *store, progress);
    ASSERT_TRUE(preflight.ok()) << preflight.error().describe();
    EXPECT_EQ(preflight->store, store->store);
  }
  EXPECT_EQ(fake->blobCheckCount(), probes) << "no probe per name";
}

TEST(QuantizeEstimate, FollowsLlamaCppsTypesPerTensor) {
  testing::TempFolder dir;
  testing::GgufBuilder builder;
  builder.setString("general.architecture", "llama").setU32("llama.block_count", 8).setU32("general.file_type", 1);
  builder.tensor("token_embd.weight", {256, 4}, 1).tensor("blk.0.attn_v.weight", {256, 2}, 1);
  builder.tensor("blk.2.attn_v.weight", {256, 2}, 1).tensor("blk.0.attn_norm.weight", {256}, 0);
  builder.tensor("output.weight", {256, 4}, 1);
  builder.write(dir.path() / "m.gguf");
  auto header = gguf::readGguf(dir.path() / "m.gguf");
  ASSERT_TRUE(header.ok());
  auto bytes = [](std::uint32_t type, std::uint64_t elements) {
    const auto* info = gguf::tensorTypeInfo(type);
    return elements / info->blockSize * info->bytesPerBlock;
  };
  const std::uint64_t norm = 256 * 4; // F32, kept
  const auto q4km = gguf::estimateQuantized(*header, "Q4_K_M");
  ASSERT_TRUE(q4km.has_value());
  // Layer 0 of 8 gets more bits (the first eighth), layer 2 does not ((2 - 1) % 3 != 2).
  EXPECT_EQ(q4km->summary.tensorBytes, bytes(12, 1024) + bytes(14, 512) + bytes(12, 512) + norm + bytes(14, 1024));
  EXPECT_EQ(q4km->summary.fileType, "Q4_K_M");
  EXPECT_EQ(q4km->fileBytes, header->dataOffset + q4km->summary.tensorBytes);
  const auto q8 = gguf::estimateQuantized(*header, "Q8_0");
  ASSERT_TRUE(q8.has_value());
  EXPECT_EQ(q8->summary.tensorBytes, bytes(8, 1024 + 512 + 512 + 1024) + norm);
  EXPECT_LT(q4km->summary.tensorBytes, q8->summary.tensorBytes);
  EXPECT_FALSE(gguf::estimateQuantized(*header, "Q5_K_M").has_value());
}

} // namespace
} // namespace md::ollama
