// create and blob uploads against the fake server, per server version:
// 0.5.4 takes Modelfile text, 0.7.0 reads concatenated GGUFs, 0.30 imports
// split shards. Also the 1 GiB upload with SHA-256, progress and cancel.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <unistd.h>

#include <fstream>

#include "core/ollama/client.h"
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

struct Server {
  explicit Server(const std::string& version) : fake({.version = version}) {
    testing::seedModel(fake.modelsDir(), "tiny:latest");
    started = fake.start();
  }
  Client client() const { return testing::clientOf(fake); }
  // The layer kinds of a model's manifest, read from the store on disk.
  std::vector<std::string> layerKinds(const std::string& name) {
    testing::FakeStore store(fake.modelsDir());
    std::vector<std::string> kinds;
    const auto manifest = store.readManifest(*testing::ModelName::parse(name));
    if (manifest)
      for (const auto& layer : (*manifest)["layers"])
        kinds.push_back(testing::layerKind(layer));
    return kinds;
  }
  testing::FakeOllama fake;
  bool started = false;
};

class OllamaCreateTest : public ::testing::Test {
protected:
  void SetUp() override {
    testing::tinyModel().write(dir.path() / "model.gguf");
    testing::tinyClipProjector().write(dir.path() / "mmproj.gguf");
    testing::tinyAdapter().write(dir.path() / "lora.gguf");
    std::ofstream(dir.path() / "combined.gguf", std::ios::binary)
        << testing::tinyModel().bytes() << testing::tinyClipProjector().bytes();
  }
  CreateRequest visionRequest() const { return testing::visionCreateRequest(dir.path()); }
  Status create(Server& server, const CreateRequest& request) {
    auto progress = ProgressReporter::withSinks(
        {{}, [&](const Message& note) { statuses.push_back(note.english()); }, {}, {}}, nullptr);
    statuses.clear();
    return server.client().create(request, progress);
  }

  testing::TempFolder dir;
  std::vector<std::string> statuses;
};

using Kinds = std::vector<std::string>;

TEST_F(OllamaCreateTest, CurrentServerTakesJsonFilesAndMakesEveryLayer) {
  Server server("0.12.0");
  ASSERT_TRUE(server.started);
  auto request = visionRequest();
  request.adapters = {{dir.path() / "lora.gguf", "lora.gguf", {}}};
  auto created = create(server, request);
  ASSERT_TRUE(created.ok()) << created.error().describe();
  EXPECT_EQ(statuses.back(), "success");
  EXPECT_EQ(server.layerKinds("mine:v1"),
            (Kinds{"model", "projector", "adapter", "template", "system", "params", "messages", "license"}));
  auto shown = server.client().show("mine:v1");
  ASSERT_TRUE(shown.ok()) << shown.error().describe();
  EXPECT_TRUE(shown->hasCapability("vision"));
  EXPECT_EQ(shown->system, "You see images.");
  EXPECT_NE(shown->parameters.find("temperature 0.25"), std::string::npos) << shown->parameters;
  EXPECT_NE(shown->parameters.find("stop \"<|im_end|>\""), std::string::npos);
  EXPECT_NE(shown->parameters.find("num_ctx 8192"), std::string::npos);
}

TEST_F(OllamaCreateTest, OldServerGetsModelfileText) {
  Server server("0.5.4");
  ASSERT_TRUE(server.started);
  auto created = create(server, visionRequest());
  ASSERT_TRUE(created.ok()) << created.error().describe();
  EXPECT_EQ(server.layerKinds("mine:v1"),
            (Kinds{"model", "projector", "template", "system", "params", "messages", "license"}));
  auto shown = server.client().show("mine:v1");
  ASSERT_TRUE(shown.ok());
  EXPECT_EQ(shown->templateText, "{{ .System }} {{ .Prompt }}");
  EXPECT_NE(shown->parameters.find("temperature 0.25"), std::string::npos) << shown->parameters;

  // This server refuses the JSON form ("must specify either path or
  // Modelfile"), so the model exists only because the client sent Modelfile text.
}

TEST_F(OllamaCreateTest, ConcatenatedBlobIsTwoGgufsOnlyBefore071) {
  CreateRequest request;
  request.model = "joined";
  request.files = {{dir.path() / "combined.gguf", "combined.gguf", {}}};
  Server old("0.7.0");
  ASSERT_TRUE(old.started);
  ASSERT_TRUE(create(old, request).ok());
  EXPECT_EQ(old.layerKinds("joined"), (Kinds{"model", "projector"}));

  Server current("0.7.1");
  ASSERT_TRUE(current.started);
  ASSERT_TRUE(create(current, request).ok());
  EXPECT_EQ(current.layerKinds("joined"), Kinds{"model"}) << "0.7.1 reads only the first GGUF of a blob";
}

TEST_F(OllamaCreateTest, SplitShardsNeed030) {
  testing::tinyShard(0, 2).write(dir.path() / "big-00001-of-00002.gguf");
  testing::tinyShard(1, 2).write(dir.path() / "big-00002-of-00002.gguf");
  CreateRequest request;
  request.model = "big";
  for (const char* name : {"big-00001-of-00002.gguf", "big-00002-of-00002.gguf"})
    request.files.push_back({dir.path() / name, name, {}});

  Server recent("0.30.0");
  ASSERT_TRUE(recent.started);
  auto created = create(recent, request);
  ASSERT_TRUE(created.ok()) << created.error().describe();
  EXPECT_EQ(recent.layerKinds("big"), (Kinds{"model", "model"}));

  Server older("0.12.0");
  ASSERT_TRUE(older.started);
  auto refused = create(older, request);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::Unsupported);
  EXPECT_EQ(older.fake.requestCount(), 1) << "only the version is asked; nothing is uploaded";

  // Named out of order, the shards are refused by the 0.30 server itself.
  request.files[0].name = "big-00002-of-00002.gguf";
  request.files[1].name = "big-00001-of-00002.gguf";
  auto swapped = create(recent, request);
  ASSERT_FALSE(swapped.ok());
  EXPECT_NE(swapped.error().message.find("does not match its split keys"), std::string::npos);
}

TEST_F(OllamaCreateTest, UnsafeFileNameIsRefusedBeforeAnyUpload) {
  Server server("0.12.0");
  ASSERT_TRUE(server.started);
  CreateRequest request;
  request.model = "x";
  request.files = {{dir.path() / "model.gguf", "../m.gguf", {}}};
  auto refused = create(server, request);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
  EXPECT_NE(refused.error().message.find("must be a relative name"), std::string::npos) << refused.error().message;
  EXPECT_EQ(server.fake.requestCount(), 1) << "only the version is asked; nothing is uploaded";
}

// A blob the server loses between upload and create (a restarting server
// prunes unreferenced blobs) comes back as the server's own error.
TEST_F(OllamaCreateTest, BlobLostBeforeCreateIsTheServersError) {
  Server server("0.12.0");
  ASSERT_TRUE(server.started);
  const auto blob = testing::FakeStore(server.fake.modelsDir())
                        .blobPath("sha256:" + testing::sha256Hex(testing::tinyModel().bytes()));
  CreateRequest request;
  request.model = "x";
  request.files = {{dir.path() / "model.gguf", "model.gguf", {}}};
  bool removed = false;
  ProgressReporter progress([&](const Progress& report) {
    if (report.phase == "creating" && !removed)
      removed = fs::remove(blob);
  });
  auto created = server.client().create(request, progress);
  ASSERT_TRUE(removed) << "the upload put the blob at " << blob;
  ASSERT_FALSE(created.ok());
  EXPECT_NE(created.error().message.find("no such file or directory"), std::string::npos) << created.error().message;
  EXPECT_FALSE(server.client().show("x").ok()) << "no model was made";
}

TEST_F(OllamaCreateTest, FromKeepsBaseLayersAndReplacesText) {
  Server server("0.12.0");
  ASSERT_TRUE(server.started);
  CreateRequest request;
  request.model = "tiny-pirate";
  request.from = "tiny";
  request.system = "Talk like a pirate.";
  ASSERT_TRUE(create(server, request).ok());
  EXPECT_EQ(server.layerKinds("tiny-pirate"), (Kinds{"model", "template", "params", "system"}));
  auto shown = server.client().show("tiny-pirate");
  ASSERT_TRUE(shown.ok());
  EXPECT_EQ(shown->system, "Talk like a pirate.");
}

// Ollama compares digests as lowercase strings (an uppercase one is a
// "digest mismatch", and the fake answers so too): the client sends the
// lowercase form, even when it is given an uppercase digest.
TEST_F(OllamaCreateTest, AnUppercaseDigestIsSentLowercase) {
  Server server("0.12.0");
  ASSERT_TRUE(server.started);
  std::string upper = "sha256:" + testing::sha256Hex(testing::tinyModel().bytes());
  for (std::size_t i = 7; i < upper.size(); ++i)
    upper[i] = char(std::toupper(static_cast<unsigned char>(upper[i])));

  ProgressReporter progress;
  auto uploaded = server.client().uploadBlob(dir.path() / "model.gguf", progress, upper);
  ASSERT_TRUE(uploaded.ok()) << uploaded.error().describe();
  EXPECT_EQ(*uploaded, normalizeDigest(upper));
  EXPECT_TRUE(*server.client().hasBlob(upper));
}

// A sparse file of `size` zero bytes.
void makeZeroFile(const fs::path& path, off_t size) {
  const int fd = ::open(path.c_str(), O_CREAT | O_WRONLY, 0644);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::ftruncate(fd, size), 0);
  ::close(fd);
}

const char* const kZeros256MiB = "sha256:a6d72ac7690f53be6ae46ba88506bd97302a093f7108472bd9efc3cefda06484";
const char* const kZeros1GiB = "sha256:49bc20df15e412a64472421e13fe86ff1c5165e18b2afccf160d4dc19fe68a14";

bool sawFinal(const std::vector<Progress>& reports, const std::string& phase, std::uint64_t done) {
  for (const auto& p : reports)
    if (p.phase == phase && p.final && p.done == done && p.total == done)
      return true;
  return false;
}

TEST_F(OllamaCreateTest, UploadHashesTheFileFirstWhenTheDigestIsUnknown) {
  Server server("0.12.0");
  ASSERT_TRUE(server.started);
  makeZeroFile(dir.path() / "zeros.bin", off_t(256) << 20);
  std::vector<Progress> reports;
  ProgressReporter progress([&](const Progress& p) { reports.push_back(p); });
  auto digest = server.client().uploadBlob(dir.path() / "zeros.bin", progress);
  ASSERT_TRUE(digest.ok()) << digest.error().describe();
  EXPECT_EQ(*digest, kZeros256MiB);
  EXPECT_TRUE(sawFinal(reports, "hashing", 256u << 20));
  EXPECT_TRUE(sawFinal(reports, "uploading", 256u << 20));

  // Known digest and the blob is there: neither hashing nor upload.
  reports.clear();
  ASSERT_TRUE(server.client().uploadBlob(dir.path() / "zeros.bin", progress, *digest).ok());
  EXPECT_TRUE(reports.empty());
}

TEST_F(OllamaCreateTest, OneGibibyteUploadIsVerifiedWhileStreaming) {
  Server server("0.12.0");
  ASSERT_TRUE(server.started);
  const fs::path big = dir.path() / "big.bin";
  makeZeroFile(big, off_t(1) << 30);
  std::vector<Progress> reports;
  ProgressReporter progress([&](const Progress& p) { reports.push_back(p); });
  // With a known digest the client hashes what it sends (and the server
  // hashes what it receives) instead of reading the file twice.
  auto digest = server.client().uploadBlob(big, progress, kZeros1GiB);
  ASSERT_TRUE(digest.ok()) << digest.error().describe();
  EXPECT_EQ(fs::file_size(server.fake.modelsDir() / "blobs" / ("sha256-" + digest->substr(7))), 1u << 30);
  EXPECT_TRUE(sawFinal(reports, "uploading", 1u << 30));
  EXPECT_GT(reports.size(), 2u) << "progress while uploading";

  // A wrong known digest: the client notices what it sent does not match.
  ProgressReporter quiet;
  auto wrong = server.client().uploadBlob(dir.path() / "model.gguf", quiet, kZeros256MiB);
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.error().message.find("changed while it was uploaded"), std::string::npos) << wrong.error().message;
}

TEST_F(OllamaCreateTest, CancelStopsAnUpload) {
  Server server("0.12.0");
  ASSERT_TRUE(server.started);
  const fs::path big = dir.path() / "big.bin";
  makeZeroFile(big, off_t(256) << 20);
  CancelToken cancel;
  ProgressReporter progress(
      [&](const Progress& p) {
        if (p.phase == "uploading" && p.done > 0)
          cancel.cancel();
      },
      &cancel, 0ms);
  auto uploaded = server.client().uploadBlob(big, progress, "sha256:" + std::string(64, '0'));
  ASSERT_FALSE(uploaded.ok());
  EXPECT_EQ(uploaded.error().code, ErrorCode::Cancelled);
  EXPECT_FALSE(*server.client().hasBlob("sha256:" + std::string(64, '0')));
}

// A cancel that arrives with Ollama's "success" line is too late: the model
// exists, so create reports success, not Cancelled.
TEST_F(OllamaCreateTest, CancelAfterSuccessStillSucceeds) {
  Server server("0.12.0");
  ASSERT_TRUE(server.started);
  CancelToken cancel;
  bool sawSuccess = false;
  auto progress = ProgressReporter::withSinks({{},
                                               [&](const Message& status) {
                                                 if (status.english() == "success") {
                                                   sawSuccess = true;
                                                   cancel.cancel();
                                                 }
                                               },
                                               {},
                                               {}},
                                              &cancel, 0ms);
  auto created = server.client().create(visionRequest(), progress);
  ASSERT_TRUE(sawSuccess);
  EXPECT_TRUE(cancel.cancelled());
  ASSERT_TRUE(created.ok()) << created.error().describe();
  EXPECT_TRUE(server.client().show("mine:v1").ok());
}

// Cancelled on an earlier status line, create does report Cancelled.
TEST_F(OllamaCreateTest, CancelBeforeSuccessIsCancelled) {
  Server server("0.12.0");
  ASSERT_TRUE(server.started);
  CancelToken cancel;
  std::vector<std::string> seen;
  auto progress = ProgressReporter::withSinks({{},
                                               [&](const Message& status) {
                                                 seen.push_back(status.english());
                                                 if (seen.back() != "success")
                                                   cancel.cancel();
                                               },
                                               {},
                                               {}},
                                              &cancel, 0ms);
  auto created = server.client().create(visionRequest(), progress);
  ASSERT_FALSE(seen.empty());
  ASSERT_NE(seen.front(), "success") << "the fake sends a status before success";
  ASSERT_FALSE(created.ok());
  EXPECT_EQ(created.error().code, ErrorCode::Cancelled) << created.error().describe();
}

} // namespace
} // namespace md::ollama
