// modeldesk-cli classify / merge / split as a user runs them, including a
// kill -9 in the middle of a large write.

#include <gtest/gtest.h>

#include <csignal>
#include <thread>

#include <nlohmann/json.hpp>

#include "core/io/staged_output.h"
#include "core/util/paths.h"
#include "tests/support/child_process.h"
#include "tests/support/digest.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/merge_fixtures.h"
#include "tests/support/temp_folder.h"

namespace md {
namespace {

namespace fs = std::filesystem;

TEST(MergeCli, ClassifyPrintsThePlanAsJson) {
  testing::TempFolder dir;
  auto parts = testing::writeParts(testing::tinyLlama(), dir.path() / "张三 模型.gguf", {".b", ".a"});
  auto run = testing::runCli({"classify", "--json", parts[0].string(), parts[1].string()});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  auto plan = nlohmann::json::parse(run.out);
  EXPECT_EQ(plan["mode"], "join-parts");
  EXPECT_EQ(plan["ok"], true);
  EXPECT_EQ(plan["suggested_name"], "张三 模型.gguf");
  EXPECT_EQ(plan["files"][0]["path"], parts[1].string());
  EXPECT_EQ(plan["files"][0]["role"], "part");
  EXPECT_TRUE(plan["files"][0]["problem"].is_null());

  auto refused = testing::runCli({"classify", parts[0].string()});
  EXPECT_EQ(refused.exitCode, 1);
  EXPECT_NE(refused.out.find("PROBLEM: Missing 张三 模型.gguf.a (1 of 2 parts present)"), std::string::npos)
      << refused.out;
}

TEST(MergeCli, MergePrintsTheResultAndRefusesToOverwriteWithoutForce) {
  testing::TempFolder dir;
  auto builder = testing::tinyLlama();
  auto shards = testing::writeShards(builder, dir.path() / "分片", "tiny", 2);
  auto output = dir.path() / "输出 文件.gguf";
  auto run = testing::runCli({"merge", "-o", output.string(), shards[0].string(), shards[1].string(), "--json"});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  auto result = nlohmann::json::parse(run.out);
  std::set<std::string> keys;
  for (const auto& [key, value] : result.items())
    keys.insert(key);
  EXPECT_EQ(keys, (std::set<std::string>{"mode", "output", "bytes", "sha256", "method", "seconds", "warnings"}));
  EXPECT_TRUE(result["warnings"].empty());
  EXPECT_FALSE(result["method"].get<std::string>().empty());
  EXPECT_EQ(result["mode"], "merge-shards");
  EXPECT_EQ(result["output"], output.string());
  EXPECT_EQ(result["bytes"], fs::file_size(output));
  EXPECT_EQ(result["sha256"], testing::sha256OfFile(output));
  EXPECT_TRUE(fs::exists(dir.path() / "输出 文件.gguf.sha256"));

  auto again = testing::runCli({"merge", "-o", output.string(), shards[0].string(), shards[1].string()});
  EXPECT_EQ(again.exitCode, 1);
  EXPECT_NE(again.err.find("already exists"), std::string::npos) << again.err;
  EXPECT_NE(again.err.find("--force"), std::string::npos) << again.err;
  auto asJson = testing::runCli({"merge", "--json", "-o", output.string(), shards[0].string(), shards[1].string()});
  EXPECT_EQ(asJson.exitCode, 1);
  EXPECT_EQ(nlohmann::json::parse(asJson.out)["error"]["hint"], "pass --force to replace it") << asJson.out;
  auto forced = testing::runCli({"merge", "--force", "-o", output.string(), shards[0].string(), shards[1].string()});
  EXPECT_EQ(forced.exitCode, 0) << forced.err;
}

TEST(MergeCli, LegacyConcatWarnsThatNewOllamaDropsTheProjector) {
  testing::TempFolder dir;
  const auto model = dir.path() / "model.gguf";
  const auto projector = dir.path() / "mmproj-f16.gguf";
  testing::tinyLlama().write(model);
  testing::tinyProjector().write(projector);
  const auto output = dir.path() / "joined.gguf";
  auto classified = testing::runCli({"classify", model.string(), projector.string()});
  EXPECT_NE(classified.out.find("Output (only with --legacy-concat): "), std::string::npos) << classified.out;
  auto refused = testing::runCli({"merge", "-o", output.string(), model.string(), projector.string()});
  EXPECT_EQ(refused.exitCode, 1);
  EXPECT_NE(refused.err.find("(pass --legacy-concat to concatenate them for Ollama older than 0.7.1)"),
            std::string::npos)
      << refused.err;
  EXPECT_FALSE(fs::exists(output));
  auto run = testing::runCli(
      {"merge", "--legacy-concat", "--json", "-o", output.string(), model.string(), projector.string()});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  EXPECT_NE(run.err.find("0.7.1"), std::string::npos) << run.err;
  auto result = nlohmann::json::parse(run.out);
  ASSERT_EQ(result["warnings"].size(), 1u);
  EXPECT_NE(result["warnings"][0].get<std::string>().find("drops the projector"), std::string::npos);
  EXPECT_EQ(fs::file_size(output), fs::file_size(model) + fs::file_size(projector));
}

TEST(MergeCli, ACompleteModelWithItsChecksumSaysThereIsNothingToMerge) {
  testing::TempFolder dir;
  const auto model = dir.path() / "模型 m.gguf";
  testing::tinyLlama().write(model);
  testing::writeText(dir.path() / "模型 m.gguf.sha256", std::string(64, 'a') + "  模型 m.gguf\n");
  auto run = testing::runCli({"merge", "-o", (dir.path() / "out.gguf").string(), model.string(),
                              (dir.path() / "模型 m.gguf.sha256").string()});
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_NE(run.err.find("模型 m.gguf is already a complete model: there is nothing to merge"), std::string::npos)
      << run.err;
  auto plan = testing::runCli({"classify", model.string(), (dir.path() / "模型 m.gguf.sha256").string()});
  EXPECT_NE(plan.out.find("Note: 模型 m.gguf.sha256 is a checksum file: left out"), std::string::npos) << plan.out;
}

TEST(MergeCli, EachCommandHasItsOwnHelp) {
  auto merge = testing::runCli({"merge", "--help"});
  EXPECT_EQ(merge.exitCode, 0);
  EXPECT_EQ(merge.out.rfind("Usage: modeldesk-cli merge -o OUT INPUT... [--force] [--legacy-concat] [--json]", 0), 0u)
      << merge.out;
  auto split = testing::runCli({"split", "-h"});
  EXPECT_EQ(split.exitCode, 0);
  EXPECT_EQ(split.out.rfind("Usage: modeldesk-cli split (--max-size", 0), 0u) << split.out;
  auto unknown = testing::runCli({"frobnicate", "--help"});
  EXPECT_EQ(unknown.exitCode, 2);
  EXPECT_NE(unknown.err.find("unknown command 'frobnicate'"), std::string::npos) << unknown.err;
}

TEST(MergeCli, SplitThenMergeGivesTheSameFile) {
  testing::TempFolder dir;
  auto original = dir.path() / "m.gguf";
  testing::tinyLlama().write(original);
  auto split = testing::runCli({"split", "--max-tensors", "6", original.string(), (dir.path() / "out" / "m").string()});
  EXPECT_NE(split.exitCode, 0); // the output folder does not exist
  fs::create_directories(dir.path() / "out");
  split = testing::runCli({"split", "--max-tensors", "6", original.string(), (dir.path() / "out" / "m").string()});
  ASSERT_EQ(split.exitCode, 0) << split.err;
  std::vector<std::string> args = {"merge", "-o", (dir.path() / "back.gguf").string()};
  for (const auto& entry : fs::directory_iterator(dir.path() / "out"))
    if (entry.path().extension() == ".gguf")
      args.push_back(entry.path().string());
  EXPECT_EQ(args.size(), 3u + 4u); // 21 tensors in shards of 6
  auto merged = testing::runCli(args);
  ASSERT_EQ(merged.exitCode, 0) << merged.err;
  EXPECT_EQ(testing::readAll(dir.path() / "back.gguf"), testing::readAll(original));
}

TEST(MergeCli, KillNineMidWriteLeavesInputsIntactAndNoFinalFile) {
  testing::TempFolder dir;
  auto folder = dir.path() / "模型 文件";
  fs::create_directories(folder);
  auto parts = testing::writeLargeParts(folder / "big.gguf");
  const auto before0 = testing::sha256OfFile(parts[0]);
  const auto before1 = testing::sha256OfFile(parts[1]);
  auto output = folder / "big.gguf";
  testing::ChildProcess child(testing::cliPath(),
                              {"merge", "-o", output.string(), parts[0].string(), parts[1].string()});
  // Wait for the temp file to appear, then kill the writer without warning.
  bool started = false;
  for (int i = 0; i < 20000 && !started; ++i) {
    for (const auto& entry : fs::directory_iterator(folder))
      started = started || io::isPartialName(entry.path().filename());
    if (!started)
      std::this_thread::yield();
  }
  ASSERT_TRUE(started) << child.errorSoFar();
  child.kill(SIGKILL);
  auto result = child.wait();
  EXPECT_EQ(result.signal, SIGKILL);
  EXPECT_FALSE(fs::exists(output));
  EXPECT_EQ(testing::sha256OfFile(parts[0]), before0);
  EXPECT_EQ(testing::sha256OfFile(parts[1]), before1);
  auto leftovers = io::findLeftoverPartials(folder);
  ASSERT_EQ(leftovers.size(), 1u);
  EXPECT_EQ(leftovers[0].finalName, "big.gguf");
  EXPECT_FALSE(leftovers[0].ownerRunning);

  // The stores scan lists it as reclaimable, with its size and its process.
  auto scanned = testing::runCli({"scan", "--folder", folder.string(), "--json"});
  ASSERT_EQ(scanned.exitCode, 0) << scanned.err;
  const auto listed = nlohmann::json::parse(scanned.out, nullptr, false);
  ASSERT_TRUE(listed.is_object()) << scanned.out;
  ASSERT_EQ(listed["leftovers"].size(), 1u) << scanned.out;
  EXPECT_EQ(listed["leftovers"][0]["path"], pathToUtf8(leftovers[0].path));
  EXPECT_EQ(listed["leftovers"][0]["size"], leftovers[0].size);
  EXPECT_EQ(listed["leftovers"][0]["pid"], child.pid());
  EXPECT_EQ(listed["usage"]["leftoverBytes"], leftovers[0].size);

  // The next merge into that folder removes what the killed one left, and says so.
  auto again = testing::runCli({"merge", "-o", output.string(), parts[0].string(), parts[1].string()});
  ASSERT_EQ(again.exitCode, 0) << again.err;
  EXPECT_NE(again.err.find("Removed " + pathToUtf8(leftovers[0].path.filename()) + ", left by an interrupted run"),
            std::string::npos)
      << again.err;
  EXPECT_FALSE(fs::exists(leftovers[0].path));
  EXPECT_TRUE(io::findLeftoverPartials(folder).empty());
  auto said = testing::runCli({"merge", "--force", "-o", output.string(), parts[0].string(), parts[1].string()});
  ASSERT_EQ(said.exitCode, 0) << said.err;
  EXPECT_EQ(said.err.find("left by an interrupted run"), std::string::npos) << "nothing left this time";
}

TEST(MergeCli, AMergeSaysWhichLeftoversOfAnInterruptedRunItRemoved) {
  testing::TempFolder dir;
  auto parts = testing::writeParts(testing::tinyLlama(), dir.path() / "x.gguf", {".a", ".b"});
  // A temp file whose process is long gone (pid 0 is never a merge's).
  testing::writeText(dir.path() / ".x.gguf.modeldesk-partial-0", std::string(1000, 'z'));
  auto run = testing::runCli({"merge", "-o", (dir.path() / "x.gguf").string(), parts[0].string(), parts[1].string()});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  EXPECT_NE(run.err.find("Removed .x.gguf.modeldesk-partial-0, left by an interrupted run"), std::string::npos)
      << run.err;
  EXPECT_FALSE(fs::exists(dir.path() / ".x.gguf.modeldesk-partial-0"));
}

} // namespace
} // namespace md
