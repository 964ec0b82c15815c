// modeldesk-cli env as a user runs it, against a temporary HOME: list, get,
// set with --dry-run, unset, undo, history; secrets masked everywhere; and
// move-models, including a kill -9 in the middle and the resume.

#include <gtest/gtest.h>

#include <csignal>
#include <thread>

#include <nlohmann/json.hpp>

#include "core/env/catalog.h"
#include "core/env/model_store_move.h"
#include "core/util/paths.h"
#include "tests/support/child_process.h"
#include "tests/support/digest.h"
#include "tests/support/fake_key_server.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/model_store_fixture.h"
#include "tests/support/temp_folder.h"

namespace md {
namespace {
namespace fs = std::filesystem;

const std::string kWandbKey = "wandb0123456789abcdef0123456789abcdef0123";
const std::string kDashKey = "sk-dash0123456789abcdef";

// A clean environment: a temporary HOME, XDG folders under it, and none of
// the catalog's variables inherited from whoever runs the tests.
std::map<std::string, std::string> envFor(const fs::path& home) {
  std::map<std::string, std::string> env = {
      {"HOME", pathToUtf8(home)}, {"XDG_CONFIG_HOME", ""}, {"XDG_STATE_HOME", ""}, {"XDG_CACHE_HOME", ""}};
  for (const auto& variable : env::catalog())
    env[variable.name] = "";
  return env;
}

fs::path confOf(const fs::path& home) {
  return home / ".config" / "environment.d" / "60-modeldesk.conf";
}

TEST(EnvCli, SetDryRunPrintsExactlyWhatAndWhereAndWritesNothing) {
  testing::TempFolder temp("env-cli-dry");
  const fs::path home = temp.home();
  testing::writeText(home / ".profile", "# mine\n");
  const std::string models = pathToUtf8(home / "模型");
  auto dry = testing::runCli({"env", "set", "OLLAMA_MODELS", models, "--dry-run"}, envFor(home));
  ASSERT_EQ(dry.exitCode, 0) << dry.err;
  EXPECT_NE(dry.out.find("# write file: " + pathToUtf8(confOf(home)) + "\n"), std::string::npos) << dry.out;
  EXPECT_NE(dry.out.find("OLLAMA_MODELS=" + models + "\n"), std::string::npos);
  EXPECT_NE(dry.out.find("# write file: " + pathToUtf8(home / ".profile") + "\n# mine\n"), std::string::npos);
  EXPECT_NE(dry.out.find("export OLLAMA_MODELS='" + models + "'"), std::string::npos);
  EXPECT_FALSE(fs::exists(confOf(home)));
  EXPECT_EQ(testing::readText(home / ".profile"), "# mine\n");

  auto json = testing::runCli({"env", "set", "OLLAMA_MODELS", models, "--dry-run", "--json"}, envFor(home));
  ASSERT_EQ(json.exitCode, 0) << json.err;
  const auto parsed = nlohmann::json::parse(json.out);
  EXPECT_EQ(parsed["writes"][0]["target"], pathToUtf8(confOf(home)));

  auto bad = testing::runCli({"env", "set", "OLLAMA_MODELS", "relative/path"}, envFor(home));
  EXPECT_EQ(bad.exitCode, 1);
  EXPECT_NE(bad.err.find("absolute"), std::string::npos) << bad.err;
  EXPECT_EQ(testing::runCli({"env", "set", "NOT_A_VARIABLE", "x"}, envFor(home)).exitCode, 1);
  EXPECT_EQ(testing::runCli({"env", "frobnicate"}, envFor(home)).exitCode, 2);
}

TEST(EnvCli, SetGetListUnsetUndoWithSecretsMasked) {
  testing::TempFolder temp("env-cli");
  const fs::path home = temp.home();
  auto env = envFor(home);
  auto set = testing::runCli({"env", "set", "WANDB_API_KEY", kWandbKey}, env);
  ASSERT_EQ(set.exitCode, 0) << set.err;
  EXPECT_NE(testing::readText(confOf(home)).find("WANDB_API_KEY=" + kWandbKey), std::string::npos);
  auto dry = testing::runCli({"env", "set", "HF_HOME", pathToUtf8(home / "hf"), "--dry-run"}, env);
  ASSERT_EQ(dry.exitCode, 0) << dry.err;
  EXPECT_NE(dry.out.find("HF_HOME="), std::string::npos);
  ASSERT_EQ(testing::runCli({"env", "set", "HF_HOME", pathToUtf8(home / "hf")}, env).exitCode, 0);

  env["DASHSCOPE_API_KEY"] = kDashKey; // set in the process only
  auto get = testing::runCli({"env", "get", "HF_HOME"}, env);
  EXPECT_EQ(get.out, pathToUtf8(home / "hf") + "\n");
  auto list = testing::runCli({"env", "list", "--json"}, env);
  ASSERT_EQ(list.exitCode, 0) << list.err;
  auto history = testing::runCli({"env", "history"}, env);
  auto text = testing::runCli({"env", "list"}, env);
  auto getKey = testing::runCli({"env", "get", "WANDB_API_KEY"}, env);
  auto drySecret = testing::runCli({"env", "set", "WANDB_API_KEY", kWandbKey + "new", "--dry-run"}, env);
  for (const auto* run : {&set, &dry, &list, &history, &text, &getKey, &drySecret, &get}) {
    for (const auto& secret : {kWandbKey, kDashKey}) {
      EXPECT_EQ(run->out.find(secret), std::string::npos) << run->out;
      EXPECT_EQ(run->err.find(secret), std::string::npos) << run->err;
    }
  }
  EXPECT_EQ(getKey.out, "********0123\n");
  const auto parsed = nlohmann::json::parse(list.out);
  EXPECT_EQ(parsed["backend"], "linux");
  bool sawWandb = false;
  for (const auto& variable : parsed["variables"]) {
    if (variable["name"] == "WANDB_API_KEY") {
      sawWandb = true;
      EXPECT_EQ(variable["persisted"], "********0123");
      EXPECT_TRUE(variable["process"].is_null());
      EXPECT_EQ(variable["differs"], true);
    }
    if (variable["name"] == "DASHSCOPE_API_KEY") {
      EXPECT_EQ(variable["process"], "********cdef");
    }
  }
  EXPECT_TRUE(sawWandb);
  EXPECT_NE(history.out.find("set HF_HOME: (unset) -> " + pathToUtf8(home / "hf")), std::string::npos) << history.out;

  auto unset = testing::runCli({"env", "unset", "WANDB_API_KEY"}, env);
  ASSERT_EQ(unset.exitCode, 0) << unset.err;
  EXPECT_EQ(testing::readText(confOf(home)).find("WANDB"), std::string::npos);
  auto undo = testing::runCli({"env", "undo"}, env);
  ASSERT_EQ(undo.exitCode, 0) << undo.err;
  EXPECT_EQ(undo.out.find(kWandbKey), std::string::npos);
  EXPECT_NE(testing::readText(confOf(home)).find("WANDB_API_KEY=" + kWandbKey), std::string::npos);
}

// The CLI refuses what Ollama would not read, with the validator's message
// (the one the Environment page shows under the field), and writes nothing.
TEST(EnvCli, RefusesInvalidValuesWithTheSameMessageAndWritesNothing) {
  testing::TempFolder temp("env-cli-refuse");
  const fs::path home = temp.home();
  testing::writeText(home / ".profile", "# mine\n");
  const std::pair<const char*, const char*> refused[] = {
      {"OLLAMA_KV_CACHE_TYPE", "q5_1"}, {"OLLAMA_FLASH_ATTENTION", "yes"},
      {"OLLAMA_NUM_PARALLEL", "0"},     {"OLLAMA_NUM_PARALLEL", "-3"}, // a value, not an option
      {"OLLAMA_MAX_QUEUE", "-1"},       {"OLLAMA_KEEP_ALIVE", "1d"}};
  for (const auto& [name, value] : refused) {
    const Status valid = env::validateValue(*env::findVariable(name), value);
    ASSERT_FALSE(valid.ok()) << name;
    auto run = testing::runCli({"env", "set", name, value}, envFor(home));
    EXPECT_EQ(run.exitCode, 1) << name;
    EXPECT_EQ(run.err, "modeldesk-cli: " + valid.error().describe() + "\n");
    auto json = testing::runCli({"env", "set", name, value, "--json"}, envFor(home));
    EXPECT_EQ(nlohmann::json::parse(json.out)["error"]["message"], valid.error().describe());
  }
  auto q51 = testing::runCli({"env", "set", "OLLAMA_KV_CACHE_TYPE", "q5_1"}, envFor(home));
  EXPECT_NE(q51.err.find("expected one of f16, q8_0, q4_0"), std::string::npos) << q51.err;
  EXPECT_EQ(testing::readText(home / ".profile"), "# mine\n");
  EXPECT_FALSE(fs::exists(confOf(home)));
  EXPECT_EQ(testing::runCli({"env", "history"}, envFor(home)).out, "");

  ASSERT_EQ(testing::runCli({"env", "set", "OLLAMA_KV_CACHE_TYPE", "q8_0"}, envFor(home)).exitCode, 0);
  auto get = testing::runCli({"env", "get", "OLLAMA_KV_CACHE_TYPE", "--json"}, envFor(home));
  const auto state = nlohmann::json::parse(get.out);
  EXPECT_EQ(state["state"], "saved_restart_ollama");
  EXPECT_EQ(state["choices"], nlohmann::json({"f16", "q8_0", "q4_0"}));
  auto context =
      nlohmann::json::parse(testing::runCli({"env", "get", "OLLAMA_CONTEXT_LENGTH", "--json"}, envFor(home)).out);
  EXPECT_EQ(context["default"], "");
  EXPECT_NE(context["default_note"].get<std::string>().find("262144"), std::string::npos);
  EXPECT_EQ(context["minimum"], 0);
}

TEST(EnvCli, UndoAndRedoAnyChangeById) {
  testing::TempFolder temp("env-cli-undo");
  const fs::path home = temp.home();
  const auto env = envFor(home);
  ASSERT_EQ(testing::runCli({"env", "set", "HF_HOME", "/data/a"}, env).exitCode, 0);      // #1
  ASSERT_EQ(testing::runCli({"env", "set", "OLLAMA_KEEP_ALIVE", "1h"}, env).exitCode, 0); // #2
  auto undo = testing::runCli({"env", "undo", "1"}, env);
  ASSERT_EQ(undo.exitCode, 0) << undo.err;
  EXPECT_EQ(testing::readText(confOf(home)).find("HF_HOME"), std::string::npos);
  EXPECT_NE(testing::readText(confOf(home)).find("OLLAMA_KEEP_ALIVE=1h"), std::string::npos);
  auto history = testing::runCli({"env", "history"}, env);
  EXPECT_NE(history.out.find("#1 "), std::string::npos);
  EXPECT_NE(history.out.find("set HF_HOME: (unset) -> /data/a  (undone)\n"), std::string::npos) << history.out;
  auto redo = testing::runCli({"env", "redo", "--json"}, env);
  ASSERT_EQ(redo.exitCode, 0) << redo.err;
  EXPECT_EQ(nlohmann::json::parse(redo.out)["id"], 1);
  EXPECT_NE(testing::readText(confOf(home)).find("HF_HOME=/data/a"), std::string::npos);

  ASSERT_EQ(testing::runCli({"env", "set", "HF_HOME", "/data/b"}, env).exitCode, 0); // #3
  const std::string before = testing::readText(confOf(home));
  auto conflict = testing::runCli({"env", "undo", "1"}, env);
  EXPECT_EQ(conflict.exitCode, 1);
  EXPECT_NE(conflict.err.find("undo change #3 first"), std::string::npos) << conflict.err;
  EXPECT_EQ(testing::readText(confOf(home)), before);
  EXPECT_EQ(testing::runCli({"env", "undo", "first"}, env).exitCode, 2);
}

// Three 48 MiB blobs (sparse) in two models: long enough to be killed midway.
TEST(EnvCli, MoveModelsSurvivesKillNineThenResumesSwitchesAndDeletes) {
  testing::TempFolder temp("env-cli-move");
  const fs::path home = temp.home();
  const fs::path source = home / ".ollama" / "models";
  const fs::path target = temp.path() / "新 盘" / "models";
  const auto used = testing::writeSampleStore(source, 48u << 20);
  auto env = envFor(home);
  env["OLLAMA_MODELS"] = pathToUtf8(source);

  testing::ChildProcess child(testing::cliPath(), {"env", "move-models", pathToUtf8(target)}, env);
  // Wait for the first large blob to be verified and in place, then kill.
  const fs::path bigBlob = target / "blobs" / used[2]; // llama3:8b's model, copied first
  bool started = false;
  for (int i = 0; i < 2000000 && !started; ++i) {
    std::error_code ec;
    started = fs::file_size(bigBlob, ec) == (48u << 20) && !ec;
    if (!started)
      std::this_thread::yield();
  }
  ASSERT_TRUE(started) << child.errorSoFar();
  child.kill(SIGKILL);
  auto killed = child.wait();
  ASSERT_EQ(killed.signal, SIGKILL) << "the move finished before it could be killed";
  EXPECT_FALSE(fs::exists(confOf(home))); // not switched
  EXPECT_FALSE(fs::exists(target / "manifests/registry.ollama.ai/library/qwen2/latest"));

  auto resumed = testing::runCli({"env", "move-models", pathToUtf8(target), "--json"}, env);
  ASSERT_EQ(resumed.exitCode, 0) << resumed.err;
  EXPECT_NE(resumed.err.find("Resuming"), std::string::npos) << resumed.err;
  EXPECT_NE(resumed.err.find("Warning: Quit Ollama"), std::string::npos);
  const auto report = nlohmann::json::parse(resumed.out);
  EXPECT_GE(report["blobs_already_verified"].get<int>() + report["blobs_verified_in_place"].get<int>(), 2);
  EXPECT_LT(report["blobs_copied"].get<int>(), 5);
  EXPECT_EQ(report["models_moved"], 2);
  EXPECT_EQ(report["switched"], true);
  EXPECT_TRUE(report["deleted_old"].is_null());
  for (const auto& name : used)
    EXPECT_EQ(testing::sha256OfFile(target / "blobs" / name), name.substr(7)) << name;
  for (const auto& entry : fs::directory_iterator(target / "blobs"))
    EXPECT_EQ(pathToUtf8(entry.path().filename()).rfind("sha256-", 0), 0u) << entry.path();
  EXPECT_FALSE(fs::exists(target / env::kMoveJournalName));
  EXPECT_NE(testing::readText(confOf(home)).find("OLLAMA_MODELS=" + pathToUtf8(target)), std::string::npos);
  EXPECT_TRUE(fs::exists(source / "manifests/registry.ollama.ai/library/qwen2/latest")); // kept until asked

  auto cleaned = testing::runCli(
      {"env", "move-models", pathToUtf8(target), "--from", pathToUtf8(source), "--delete-old", "--json"}, env);
  ASSERT_EQ(cleaned.exitCode, 0) << cleaned.err;
  EXPECT_EQ(nlohmann::json::parse(cleaned.out)["deleted_old"]["files_removed"], 7);
  EXPECT_FALSE(fs::exists(source / "manifests"));
  EXPECT_EQ(testing::sha256OfFile(target / "blobs" / used[2]), used[2].substr(7));
}

// OLLAMA_MODELS points at an empty folder while the models sit in another
// place Ollama keeps them (here ~/.ollama/models; on Linux also the service's
// /usr/share/ollama/.ollama/models): the refusal says where, and --from.
TEST(EnvCli, MoveModelsFromAnEmptyStoreNamesWhereTheModelsAre) {
  testing::TempFolder temp("env-cli-empty");
  const fs::path home = temp.home();
  const fs::path models = home / ".ollama" / "models";
  testing::writeSampleStore(models);
  const fs::path empty = temp.path() / "empty store";
  fs::create_directories(empty);
  auto env = envFor(home);
  env["OLLAMA_MODELS"] = pathToUtf8(empty);
  auto run = testing::runCli({"env", "move-models", pathToUtf8(temp.path() / "target")}, env);
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_NE(run.err.find("holds no Ollama models"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("The models are in " + pathToUtf8(models) + ": pass --from"), std::string::npos) << run.err;
  EXPECT_FALSE(fs::exists(temp.path() / "target"));
}

TEST(EnvCli, MoveModelsWithADamagedBlobDoesNotSwitch) {
  testing::TempFolder temp("env-cli-damaged");
  const fs::path home = temp.home();
  const fs::path source = temp.path() / "store";
  const auto used = testing::writeSampleStore(source);
  testing::writeText(source / "blobs" / used[1], "bit rot");
  auto env = envFor(home);
  env["OLLAMA_MODELS"] = pathToUtf8(source);
  auto run = testing::runCli({"env", "move-models", pathToUtf8(temp.path() / "target")}, env);
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_NE(run.err.find("Damaged: " + used[1]), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("qwen2:latest"), std::string::npos);
  EXPECT_FALSE(fs::exists(confOf(home)));
  EXPECT_EQ(testing::readText(source / "blobs" / used[1]), "bit rot");

  auto inside = testing::runCli({"env", "move-models", pathToUtf8(source / "sub")}, env);
  EXPECT_EQ(inside.exitCode, 1);
  EXPECT_NE(inside.err.find("inside the store"), std::string::npos) << inside.err;

  auto leave = testing::runCli({"env", "move-models", pathToUtf8(temp.path() / "target"), "--leave-damaged"}, env);
  EXPECT_EQ(leave.exitCode, 0) << leave.err;
  EXPECT_NE(testing::readText(confOf(home)).find("OLLAMA_MODELS="), std::string::npos);
}

// env check-key asks the service about the given key or the saved one; the
// key never reaches the output, and the exit code says whether it works.
TEST(EnvCli, CheckKeyAsksTheServiceAndNeverPrintsTheKey) {
  testing::TempFolder temp("env-cli-key");
  const fs::path home = temp.home();
  testing::FakeKeyServer server({kDashKey, kWandbKey, "张三"});
  ASSERT_TRUE(server.start());
  const auto env = envFor(home);

  auto works =
      testing::runCli({"env", "check-key", "WANDB_API_KEY", kWandbKey, "--wandb-base", server.url(), "--json"}, env);
  ASSERT_EQ(works.exitCode, 0) << works.err;
  const auto valid = nlohmann::json::parse(works.out);
  EXPECT_EQ(valid["variable"], "WANDB_API_KEY");
  EXPECT_EQ(valid["verdict"], "valid");
  EXPECT_EQ(valid["valid"], true);
  EXPECT_EQ(valid["account"], "张三");
  EXPECT_EQ(valid["message"], "W&B accepted the key (user 张三)");

  // Without KEY, the saved value is checked.
  ASSERT_EQ(testing::runCli({"env", "set", "DASHSCOPE_API_KEY", "sk-wrong0123456789abc"}, env).exitCode, 0);
  auto rejected = testing::runCli({"env", "check-key", "DASHSCOPE_API_KEY", "--dashscope-base", server.url()}, env);
  EXPECT_EQ(rejected.exitCode, 1);
  EXPECT_EQ(rejected.err, "DashScope rejected the key in every region tried (" + server.url() + ")\n");
  EXPECT_EQ(rejected.out.find("sk-wrong"), std::string::npos);

  const std::string down = "http://127.0.0.1:" + std::to_string(testing::unusedLoopbackPort());
  auto unreachable =
      testing::runCli({"env", "check-key", "WANDB_API_KEY", kWandbKey, "--wandb-base", down, "--json"}, env);
  EXPECT_EQ(unreachable.exitCode, 1);
  const auto failed = nlohmann::json::parse(unreachable.out);
  EXPECT_EQ(failed["verdict"], "unreachable");
  EXPECT_TRUE(failed["account"].is_null());
  EXPECT_EQ(unreachable.out.find(kWandbKey), std::string::npos);

  auto unknown = testing::runCli({"env", "check-key", "OLLAMA_HOST", "x", "--json"}, env);
  EXPECT_EQ(unknown.exitCode, 1);
  EXPECT_EQ(nlohmann::json::parse(unknown.out)["error"]["message"], "OLLAMA_HOST has no key check");
  EXPECT_EQ(testing::runCli({"env", "check-key"}, env).exitCode, 2);
}

} // namespace
} // namespace md
