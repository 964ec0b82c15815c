// `modeldesk-cli import FILE... --name NAME` against the fake server: parts
// plus a projector become a vision model written once into the store, shards,
// a single GGUF linked without a byte written, a server whose store is not
// here (upload), a probe that fails (upload), an LFS pointer and a taken
// name refused with nothing placed, a dry run that writes nothing, and the
// temp files of a killed import (a real kill -9) listed by the scan and
// removed by the next import.
#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "core/util/paths.h"
#include "tests/core/test_import_support.h"
#include "tests/support/child_process.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/merge_fixtures.h"
#include "tests/support/ollama_fixtures.h"
#include "tests/support/temp_folder.h"
#include "tests/support/tiny_gguf.h"

namespace md {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string concatenated(const std::vector<fs::path>& paths) {
  std::string bytes;
  for (const auto& path : paths)
    bytes += testing::readFile(path);
  return bytes;
}

class ImportCli : public ::testing::Test {
protected:
  void SetUp() override { ASSERT_TRUE(fake.start()); }

  // Runs the import with the fake server's store named (unless `store` is given).
  testing::ProcessResult import(std::vector<std::string> args, const std::map<std::string, std::string>& env = {}) {
    std::vector<std::string> all{"import"};
    all.insert(all.end(), args.begin(), args.end());
    all.insert(all.end(), {"--host", fake.url(), "--json"});
    return testing::runCli(all, env);
  }
  std::vector<std::string> withStore(std::vector<std::string> args) {
    args.insert(args.end(), {"--store", pathToUtf8(fake.modelsDir())});
    return args;
  }
  static json parsed(const testing::ProcessResult& run) { return json::parse(run.out, nullptr, false); }
  std::string model(const std::string& file = "model.gguf") {
    testing::tinyLlama().write(dir.path() / file);
    return pathToUtf8(dir.path() / file);
  }
  fs::path blobFile(const std::string& digest) const {
    return fake.modelsDir() / "blobs" / ("sha256-" + digest.substr(7));
  }

  testing::TempFolder dir;
  testing::FakeOllama fake;
};

TEST_F(ImportCli, PartsPlusProjectorBecomeAVisionModelWrittenOnce) {
  const auto parts = testing::writeParts(testing::tinyLlama(), dir.path() / "vis.gguf", {".part1of2", ".part2of2"});
  testing::tinyProjector().write(dir.path() / "mmproj.gguf");
  const auto run = import(withStore(
      {pathToUtf8(parts[0]), pathToUtf8(parts[1]), pathToUtf8(dir.path() / "mmproj.gguf"), "--name", "vis:v1"}));
  ASSERT_EQ(run.exitCode, 0) << run.out << run.err;
  const auto result = parsed(run);
  ASSERT_TRUE(result.is_object()) << run.out;
  EXPECT_EQ(result["name"], "vis:v1");
  EXPECT_EQ(result["server_version"], "0.12.0");
  EXPECT_TRUE(result["seconds"].is_number());
  ASSERT_EQ(result["blobs"].size(), 2u);
  const auto& joined = result["blobs"][0];
  EXPECT_EQ(joined["role"], "model");
  const std::string bytes = concatenated(parts);
  EXPECT_EQ(joined["digest"], "sha256:" + testing::sha256Hex(bytes));
  EXPECT_EQ(joined["size"], bytes.size());
  EXPECT_EQ(testing::readFile(blobFile(joined["digest"])), bytes) << "joined straight into the store";
  EXPECT_EQ(result["blobs"][1]["role"], "projector");
  EXPECT_TRUE(result["bytes_written"].is_number_integer());
  EXPECT_LE(result["bytes_written"].get<std::uint64_t>(), bytes.size() * 105 / 100) << "each byte once";
  EXPECT_NE(std::find(result["capabilities"].begin(), result["capabilities"].end(), "vision"),
            result["capabilities"].end())
      << run.out;
  for (const auto& file : testing::storeFiles(fake.modelsDir()))
    EXPECT_EQ(file.find(".modeldesk-partial"), std::string::npos) << file;
}

TEST_F(ImportCli, ShardsStayShardsOnANewServerAndMergeOnAnOldOne) {
  const auto shards = testing::writeShards(testing::tinyLlama(), dir.path(), "tiny", 3);
  std::vector<std::string> args;
  for (const auto& shard : shards)
    args.push_back(pathToUtf8(shard));
  args.insert(args.end(), {"--name", "merged"});
  const auto old = import(withStore(args));
  ASSERT_EQ(old.exitCode, 0) << old.out << old.err;
  EXPECT_EQ(parsed(old)["blobs"].size(), 1u) << "0.12 cannot import shards: merged into one blob";

  testing::FakeOllama modern({.version = "0.30.0"});
  ASSERT_TRUE(modern.start());
  args.back() = "sharded";
  args.insert(args.end(), {"--host", modern.url(), "--store", pathToUtf8(modern.modelsDir()), "--json"});
  args.insert(args.begin(), "import");
  const auto run = testing::runCli(args);
  ASSERT_EQ(run.exitCode, 0) << run.out << run.err;
  const auto result = parsed(run);
  ASSERT_EQ(result["blobs"].size(), 3u) << run.out;
  for (const auto& blob : result["blobs"])
    EXPECT_EQ(blob["role"], "model");
  EXPECT_EQ(result["bytes_written"], 0) << "each shard shares its file";
}

TEST_F(ImportCli, ASingleGgufIsLinkedWithoutWritingIt) {
  const auto file = model();
  const auto run = import(withStore({file, "--name", "linked"}));
  ASSERT_EQ(run.exitCode, 0) << run.out << run.err;
  const auto result = parsed(run);
  const std::string placement = result["placement"];
  EXPECT_TRUE(placement == "link" || placement == "reflink") << placement;
  EXPECT_EQ(result["bytes_written"], 0);
  ASSERT_EQ(result["blobs"].size(), 1u);
  const auto blob = blobFile(result["blobs"][0]["digest"]);
  if (placement == "link") {
    EXPECT_TRUE(fs::equivalent(blob, file)) << "a hard link: one file";
    EXPECT_NE(result.value("warning", "").find("editing"), std::string::npos);
  }
  EXPECT_EQ(testing::readFile(blob), testing::readFile(file));
}

TEST_F(ImportCli, AServerWhoseStoreIsNotHereGetsAnUpload) {
  const auto file = model();
  testing::TempFolder elsewhere;
  fs::create_directories(elsewhere.path() / "models" / "blobs");
  const std::map<std::string, std::string> env{{"OLLAMA_MODELS", pathToUtf8(elsewhere.path() / "models")},
                                               {"HOME", pathToUtf8(elsewhere.path() / "home")}};
  const auto run = import({file, "--name", "remote"}, env);
  ASSERT_EQ(run.exitCode, 0) << run.out << run.err;
  const auto result = parsed(run);
  EXPECT_EQ(result["placement"], "upload");
  EXPECT_EQ(result["bytes_written"], fs::file_size(file)) << "the server writes what is uploaded";
  EXPECT_TRUE(fs::exists(blobFile(result["blobs"][0]["digest"])));
  EXPECT_TRUE(testing::storeFiles(elsewhere.path() / "models").empty()) << "the probe is gone";
}

TEST_F(ImportCli, AProbeTheServerDoesNotSeeFallsBackToUpload) {
  const auto file = model();
  testing::TempFolder other;
  fs::create_directories(other.path() / "blobs");
  const auto run = import({file, "--name", "probed", "--store", pathToUtf8(other.path())});
  ASSERT_EQ(run.exitCode, 0) << run.out << run.err;
  EXPECT_EQ(parsed(run)["placement"], "upload");
  EXPECT_TRUE(testing::storeFiles(other.path()).empty());

  const auto link = import({file, "--name", "probed2", "--store", pathToUtf8(other.path()), "--placement", "link"});
  EXPECT_EQ(link.exitCode, 1) << "a link was asked for and cannot be made";
  EXPECT_NE(link.out.find("needs the store"), std::string::npos) << link.out;
  EXPECT_TRUE(testing::storeFiles(other.path()).empty());
}

TEST_F(ImportCli, AnLfsPointerIsRefusedWithNothingPlaced) {
  std::ofstream(dir.path() / "model.gguf")
      << "version https://git-lfs.github.com/spec/v1\n"
         "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n"
         "size 4368438944\n";
  const auto before = testing::storeFiles(fake.modelsDir());
  const auto run = import(withStore({pathToUtf8(dir.path() / "model.gguf"), "--name", "lfs"}));
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_NE(run.out.find("Git LFS pointer"), std::string::npos) << run.out;
  EXPECT_EQ(testing::storeFiles(fake.modelsDir()), before);
}

TEST_F(ImportCli, ATakenNameIsRefusedWithoutForce) {
  testing::seedModel(fake.modelsDir(), "taken:latest");
  const auto file = model();
  const auto before = testing::storeFiles(fake.modelsDir());
  const auto run = import(withStore({file, "--name", "taken"}));
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_EQ(parsed(run)["error"]["code"], "already_exists") << run.out;
  EXPECT_EQ(testing::storeFiles(fake.modelsDir()), before);
  const auto forced = import(withStore({file, "--name", "taken", "--force"}));
  EXPECT_EQ(forced.exitCode, 0) << forced.out << forced.err;
}

TEST_F(ImportCli, ADryRunWritesNothingAndPrintsThePlan) {
  const auto file = model();
  const auto before = testing::storeFiles(fake.modelsDir());
  const auto out = dir.path() / "Modelfile";
  const auto run = import(withStore({file, "--name", "dry", "--dry-run", "--modelfile-out", pathToUtf8(out)}));
  ASSERT_EQ(run.exitCode, 0) << run.out << run.err;
  const auto result = parsed(run);
  EXPECT_EQ(result["bytes_written"], 0);
  EXPECT_EQ(result["blobs"][0]["digest"], "sha256:" + testing::sha256Hex(testing::readFile(file)));
  EXPECT_EQ(result["blobs"][0]["role"], "model");
  EXPECT_NE(result["modelfile"].get<std::string>().find("FROM ./model.gguf"), std::string::npos);
  EXPECT_EQ(testing::storeFiles(fake.modelsDir()), before);
  EXPECT_FALSE(fs::exists(out));
}

TEST_F(ImportCli, TheNextImportRemovesWhatAKilledOneLeft) {
  const auto leftover = fake.modelsDir() / "blobs" / ".import-x.gguf.modeldesk-partial-999999";
  std::ofstream(leftover) << "half a model";
  const auto out = dir.path() / "Modelfile";
  const auto run = import(withStore({model(), "--name", "next", "--modelfile-out", pathToUtf8(out)}));
  ASSERT_EQ(run.exitCode, 0) << run.out << run.err;
  EXPECT_FALSE(fs::exists(leftover));
  EXPECT_NE(testing::readFile(out).find("FROM /"), std::string::npos) << testing::readFile(out);
}

// Waits (at most a minute) for an import's hidden temp blob to appear in `blobs`.
fs::path waitForImportTemp(const fs::path& blobs) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(1);
  while (std::chrono::steady_clock::now() < deadline) {
    std::error_code ec;
    for (fs::directory_iterator it(blobs, ec), end; !ec && it != end; it.increment(ec))
      if (pathToUtf8(it->path().filename()).rfind(".import-", 0) == 0)
        return it->path();
    std::this_thread::yield();
  }
  return {};
}

TEST_F(ImportCli, KillNineMidJoinLeavesATempFileTheScanListsAndTheNextImportRemoves) {
  const auto parts = testing::writeLargeParts(dir.path() / "big.gguf");
  const auto before = testing::storeFiles(fake.modelsDir());
  testing::ChildProcess child(testing::cliPath(),
                              {"import", pathToUtf8(parts[0]), pathToUtf8(parts[1]), "--name", "big", "--host",
                               fake.url(), "--store", pathToUtf8(fake.modelsDir()), "--json"});
  const fs::path temp = waitForImportTemp(fake.modelsDir() / "blobs");
  ASSERT_FALSE(temp.empty()) << child.errorSoFar();
  child.kill(SIGKILL);
  ASSERT_EQ(child.wait().signal, SIGKILL) << "the import finished before it could be killed";
  auto after = testing::storeFiles(fake.modelsDir());
  for (const auto& file : before)
    after.erase(file);
  EXPECT_EQ(after, std::set<std::string>{"blobs/" + pathToUtf8(temp.filename())}) << "only the temp file is left";

  // The stores scan lists it as reclaimable, with its size and its process.
  const auto scanned = testing::runCli({"scan", "--ollama", pathToUtf8(fake.modelsDir()), "--json"});
  ASSERT_EQ(scanned.exitCode, 0) << scanned.err;
  const auto listed = json::parse(scanned.out, nullptr, false);
  ASSERT_TRUE(listed.is_object()) << scanned.out;
  ASSERT_EQ(listed["leftovers"].size(), 1u) << scanned.out;
  EXPECT_EQ(listed["leftovers"][0]["path"], pathToUtf8(temp));
  EXPECT_EQ(listed["leftovers"][0]["size"], fs::file_size(temp));
  EXPECT_EQ(listed["leftovers"][0]["pid"], child.pid());

  // The next import into that store removes it, and says so (on stderr: no --json).
  const auto run = testing::runCli(
      {"import", model(), "--name", "next", "--host", fake.url(), "--store", pathToUtf8(fake.modelsDir())});
  ASSERT_EQ(run.exitCode, 0) << run.out << run.err;
  EXPECT_NE(run.err.find("removed " + pathToUtf8(temp.filename()) + ", left by an import that was interrupted"),
            std::string::npos)
      << run.err;
  EXPECT_FALSE(fs::exists(temp));
}

TEST_F(ImportCli, AHuggingFaceCacheBlobIsVerifiedUnlessTrusted) {
  const auto bytes = testing::tinyModel().bytes();
  const auto repo = dir.path() / "hub" / "models--org--tiny";
  fs::create_directories(repo / "blobs");
  fs::create_directories(repo / "snapshots" / "abc");
  const auto hex = testing::sha256Hex(bytes);
  std::ofstream(repo / "blobs" / hex, std::ios::binary) << bytes;
  fs::create_symlink("../../blobs/" + hex, repo / "snapshots" / "abc" / "tiny.gguf");
  testing::tinyAdapter().write(dir.path() / "lora.gguf");
  const auto run =
      import(withStore({pathToUtf8(repo / "snapshots" / "abc" / "tiny.gguf"), pathToUtf8(dir.path() / "lora.gguf"),
                        "--name", "cached", "--trust-cache-digest"}));
  ASSERT_EQ(run.exitCode, 0) << run.out << run.err;
  const auto result = parsed(run);
  ASSERT_EQ(result["blobs"].size(), 2u);
  EXPECT_EQ(result["blobs"][0]["digest"], "sha256:" + hex);
  EXPECT_EQ(result["blobs"][1]["role"], "adapter");
  EXPECT_TRUE(fs::is_symlink(repo / "snapshots" / "abc" / "tiny.gguf")) << "the cache is left as it was";

  // A cache file whose content is not what its name says is refused, with nothing placed.
  const std::string wrong(64, 'a');
  std::ofstream(repo / "blobs" / wrong, std::ios::binary) << bytes;
  fs::create_symlink("../../blobs/" + wrong, repo / "snapshots" / "abc" / "other.gguf");
  const auto before = testing::storeFiles(fake.modelsDir());
  const auto refused = import(withStore({pathToUtf8(repo / "snapshots" / "abc" / "other.gguf"), "--name", "other"}));
  EXPECT_EQ(refused.exitCode, 1);
  EXPECT_NE(refused.out.find("Hugging Face cache name"), std::string::npos) << refused.out;
  EXPECT_EQ(testing::storeFiles(fake.modelsDir()), before);
}

} // namespace
} // namespace md
