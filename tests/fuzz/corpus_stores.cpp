// Seeds for the store readers and ModelDesk's state files: the Ollama
// stores the store tests build (makeOllamaStore, writeSampleStore, a
// seeded model with a projector) as ollama_store_fuzz records; the Hugging
// Face and ModelScope layouts of the cache tests as hub_cache_fuzz trees;
// a change history, a header index and a move journal written by the code
// itself (state_files_fuzz: first byte 0, 1 or 2).
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/env/history.h"
#include "core/env/model_store_move_internal.h"
#include "core/stores/header_index.h"
#include "core/util/paths.h"
#include "tests/core/test_stores_fixtures.h"
#include "tests/fuzz/corpus.h"
#include "tests/fuzz/fuzz_support.h"
#include "tests/support/model_store_fixture.h"
#include "tests/support/ollama_fixtures.h"

namespace md::fuzz {
namespace {

namespace fs = std::filesystem;

std::string head(const fs::path& file, std::size_t limit) {
  std::ifstream in(file, std::ios::binary);
  std::string bytes(limit, '\0');
  in.read(bytes.data(), std::streamsize(limit));
  bytes.resize(std::size_t(in.gcount()));
  return bytes;
}

// An Ollama store on disk as ollama_store_fuzz records.
std::vector<std::string> storeRecords(const fs::path& store) {
  std::vector<std::string> records;
  for (const auto& entry : fs::recursive_directory_iterator(store / "manifests"))
    if (entry.is_regular_file())
      records.push_back("manifest " + pathToUtf8(entry.path().lexically_relative(store / "manifests")) + "\n" +
                        head(entry.path(), 64 * 1024));
  for (const auto& entry : fs::directory_iterator(store / "blobs"))
    records.push_back("blob " + pathToUtf8(entry.path().filename()) + "\n" + head(entry.path(), 256));
  return records;
}

void writeOllamaStoreSeeds(const SeedWriter& seeds) {
  testing::TempFolder temp("fuzz-corpus");
  testing::makeOllamaStore(temp.path() / "fixture");
  seeds.saveRecords("ollama_store_fuzz", "stores-fixture", storeRecords(temp.path() / "fixture"));
  testing::writeSampleStore(temp.path() / "sample");
  seeds.saveRecords("ollama_store_fuzz", "sample-store", storeRecords(temp.path() / "sample"));
  testing::seedModel(temp.path() / "seeded", "llava:7b", {.projector = true, .templateText = "{{ .Prompt }}"});
  testing::seedModel(temp.path() / "seeded", "hf.co/user/repo:Q4_K_M");
  seeds.saveRecords("ollama_store_fuzz", "seeded-models", storeRecords(temp.path() / "seeded"));
  const std::string digest = "sha256:" + std::string(64, 'a');
  seeds.saveRecords("ollama_store_fuzz", "damaged",
                    {R"({"layers":{"digest":")" + digest + "\"}}",
                     R"({"config":[],"layers":[7,{"digest":"SHA256-)" + std::string(64, 'B') + "\",\"size\":-1}]}",
                     "not json"});
}

void writeHubCacheSeeds(const SeedWriter& seeds) {
  const std::string a(64, 'a'), b(64, 'b'), c(40, 'c'), d(64, 'd'), e(64, 'e');
  const std::string repo = "hub/models--org--tiny/";
  seeds.saveRecords(
      "hub_cache_fuzz", "huggingface",
      {"file " + repo + "blobs/" + a + "\nGGUF", "file hub/blobs/" + b + "\nGGUF shared",
       "file " + repo + "blobs/" + c + "\n{\"model_type\":\"llama\"}", "file " + repo + "blobs/" + d + "\nold revision",
       "file " + repo + "blobs/" + e + ".incomplete\npp", "file " + repo + "refs/main\nrev1\n",
       "file " + repo + "refs/pr/1\nrev2", "dir " + repo + "snapshots/rev1/sub", "dir " + repo + "snapshots/rev2",
       "dir hub/models--org--other/snapshots/rev3", "link " + repo + "snapshots/rev1/tiny.gguf\n../../blobs/" + a,
       "link " + repo + "snapshots/rev1/config.json\n../../blobs/" + c,
       "link " + repo + "snapshots/rev2/tiny.gguf\n../../blobs/" + a,
       "link " + repo + "snapshots/rev1/sub/shared.gguf\n../../../../blobs/" + b,
       "link hub/models--org--other/snapshots/rev3/shared.gguf\n../../../blobs/" + b,
       "link " + repo + "snapshots/rev2/loop\n.."});
  seeds.saveRecords("hub_cache_fuzz", "huggingface-windows",
                    {"file hub/models--org--win/snapshots/abcdef1234/tiny.gguf\nGGUF",
                     "file hub/models--org--win/snapshots/abcdef1234/README.md\n# plain", "file token\nnot a model"});
  seeds.saveRecords("hub_cache_fuzz", "modelscope",
                    {"file hub/Qwen/Qwen2___5-0___5B/config.json\n{}", "file hub/Qwen/Qwen2___5-0___5B/.mdl\n{}",
                     "file hub/Qwen/Qwen2___5-0___5B/.msc\nx", "file hub/models/org/New___Model/model.gguf\nGGUF",
                     "file hub/models/org/New___Model/.mv\nv1", "file hub/._____temp/org/Big/big.gguf\nttt",
                     "file models/org/Other/x.gguf.part\nhalf", "dir datasets/org/set"});
}

void writeStateFileSeeds(const SeedWriter& seeds, const fs::path& temp) {
  env::ChangeHistory history(temp / "history");
  std::ofstream(temp / "profile") << "export OLLAMA_HOST=0.0.0.0\n";
  (void)history.record("OLLAMA_HOST", std::nullopt, "0.0.0.0:11434", {temp / "profile", temp / "missing"});
  (void)history.record("DASHSCOPE_API_KEY", "sk-old", std::nullopt, {temp / "profile"});
  seeds.save("state_files_fuzz", "history", std::string(1, '\0') + head(temp / "history" / "history.json", 65536));

  stores::HeaderIndex index;
  stores::HeaderFacts facts;
  facts.role = gguf::Role::Shard;
  facts.architecture = "llama";
  facts.name = "模型";
  facts.fileType = "Q4_K_M";
  facts.parameterCount = 7'000'000'000;
  facts.splitNumber = 2;
  facts.splitCount = 3;
  facts.complete = false;
  facts.missingBytes = 12345;
  index.put("/models/a-00002-of-00003.gguf", {4096, 1'700'000'000'000'000'000, facts, ""});
  index.put("/models/bad.gguf", {12, -5, std::nullopt, "not a GGUF file"});
  (void)index.save(temp / "index");
  seeds.save("state_files_fuzz", "header-index", "\x01" + head(stores::HeaderIndex::fileIn(temp / "index"), 65536));

  // The store state_files_fuzz moves: the sample store, as the move tests use it.
  const auto used = testing::writeSampleStore(temp / "source");
  env::moveinternal::Journal verified;
  for (std::size_t i = 0; i < used.size(); i += 2)
    verified[used[i]] = fs::file_size(temp / "source" / "blobs" / used[i]);
  (void)env::moveinternal::writeJournal(temp / "journal", verified);
  const std::string journal = head(temp / "journal" / ".modeldesk-move.json", 65536);
  for (const char selector : {'\x02', '\x05', '\x3e', '\x5f'}) // different blobs already at the target
    seeds.save("state_files_fuzz", "journal-" + std::to_string(int(selector)), selector + journal);
}

} // namespace

void writeStoreSeeds(const SeedWriter& seeds) {
  writeOllamaStoreSeeds(seeds);
  writeHubCacheSeeds(seeds);
}

void writeStateFileSeeds(const SeedWriter& seeds) {
  testing::TempFolder temp("fuzz-corpus");
  writeStateFileSeeds(seeds, temp.path());
}

} // namespace md::fuzz
