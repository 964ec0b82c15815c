// The Ollama store on disk: manifests for every host, layers with media types,
// shared blobs counted once, orphans, -partial files and legacy names.

#include <gtest/gtest.h>

#include <algorithm>

#include "core/stores/disk_usage.h"
#include "core/stores/ollama_manifest.h"
#include "core/stores/ollama_store.h"
#include "core/util/paths.h"
#include "tests/core/test_stores_fixtures.h"
#include "tests/support/temp_folder.h"

namespace md {
namespace {

using stores::StoreEntry;

std::vector<const StoreEntry*> entriesOf(const stores::SourceScan& scan, const std::string& model) {
  std::vector<const StoreEntry*> found;
  for (const auto& entry : scan.entries)
    if (entry.model == model)
      found.push_back(&entry);
  return found;
}

// "gone": a manifest whose blobs are missing; "bad": not JSON.
void writeGoneAndBadManifests(const std::filesystem::path& root) {
  testing::writeText(root / "manifests" / "registry.ollama.ai" / "library" / "gone" / "latest",
                     testing::manifestJson(testing::hexOf('1'), {{testing::hexOf('2'), "model"}}));
  testing::writeText(root / "manifests" / "registry.ollama.ai" / "library" / "bad" / "latest", "{not json");
}

// JSON of the right shape with fields of the wrong type (a damaged or
// hand-edited manifest): a numeric digest, a size in quotes, a bare string.
const char* const kOddManifest = R"({"schemaVersion": 2, "config": {"digest": 5},
  "layers": [{"mediaType": "application/vnd.ollama.image.model", "digest": 7, "size": "x"}, "layer"]})";

TEST(StoresOllama, NamesModelsForEveryHostAndNamespace) {
  EXPECT_EQ(stores::ollamaModelName("registry.ollama.ai/library/qwen2/latest"), "qwen2:latest");
  EXPECT_EQ(stores::ollamaModelName("registry.ollama.ai/someone/m/7b"), "someone/m:7b");
  EXPECT_EQ(stores::ollamaModelName("hf.co/user/repo/Q4_K_M"), "hf.co/user/repo:Q4_K_M");
}

TEST(StoresOllama, FindsEveryLayerOrphanAndPartial) {
  testing::TempFolder dir;
  const auto store = testing::makeOllamaStore(dir.path() / "models");
  const auto scan = stores::scanOllamaStore(store.root);

  const auto llava = entriesOf(scan, "llava:latest");
  ASSERT_EQ(llava.size(), 4u); // config, model, projector, template
  std::vector<std::string> layers;
  for (const auto* entry : llava)
    layers.push_back(entry->layer);
  std::sort(layers.begin(), layers.end());
  EXPECT_EQ(layers, (std::vector<std::string>{"config", "model", "projector", "template"}));
  EXPECT_EQ(entriesOf(scan, "someone/copy:7b").size(), 2u);
  const auto hf = entriesOf(scan, "hf.co/user/repo:Q4_K_M");
  ASSERT_EQ(hf.size(), 2u);
  const auto legacy = std::find_if(hf.begin(), hf.end(), [](auto* e) { return e->layer == "model"; });
  ASSERT_NE(legacy, hf.end());
  EXPECT_TRUE((*legacy)->legacyName);
  EXPECT_EQ((*legacy)->size, store.sizes.at('e'));

  const auto orphans = entriesOf(scan, "(orphan blobs)");
  ASSERT_EQ(orphans.size(), 1u);
  EXPECT_TRUE(orphans[0]->orphan);
  EXPECT_TRUE(orphans[0]->gguf);
  EXPECT_EQ(orphans[0]->sha256, testing::hexOf('f'));
  const auto partial = entriesOf(scan, "(partial downloads)");
  ASSERT_EQ(partial.size(), 1u);
  EXPECT_TRUE(partial[0]->partial);
  EXPECT_EQ(partial[0]->size, 1000u);
  EXPECT_EQ(scan.entries.size(), 10u);
  EXPECT_TRUE(scan.notes.empty());
}

// The one policy for damaged manifests (stores::findBlobsInUse): what a
// damaged manifest names is used, and while one cannot be read at all no
// blob is an orphan.
TEST(StoresOllama, DamagedManifestsKeepTheirBlobsFromBeingOrphans) {
  testing::TempFolder dir;
  testing::makeOllamaStore(dir.path());
  // 'f' is the orphan; a damaged manifest names it in the sha256- form after a bad layer.
  testing::writeText(dir.path() / "manifests" / "registry.ollama.ai" / "library" / "odd" / "latest",
                     R"({"layers": [{"digest": 7}, {"digest": "sha256-)" + testing::hexOf('f') + R"("}]})");
  EXPECT_TRUE(entriesOf(stores::scanOllamaStore(dir.path()), "(orphan blobs)").empty());

  testing::TempFolder other;
  testing::makeOllamaStore(other.path());
  ASSERT_EQ(entriesOf(stores::scanOllamaStore(other.path()), "(orphan blobs)").size(), 1u);
  testing::writeText(other.path() / "manifests" / "registry.ollama.ai" / "library" / "bad" / "latest", "{not json");
  const auto scan = stores::scanOllamaStore(other.path());
  EXPECT_TRUE(entriesOf(scan, "(orphan blobs)").empty()) << "an unreadable manifest may need any blob";
  EXPECT_TRUE(std::any_of(scan.notes.begin(), scan.notes.end(), [](const auto& note) {
    return note.message == "not a readable manifest" && note.text.id == MessageId::NotAReadableManifest;
  }));
}

TEST(StoresOllama, SharedBlobsCountOnce) {
  testing::TempFolder dir;
  const auto store = testing::makeOllamaStore(dir.path() / "models");
  const auto scan = stores::scanOllamaStore(store.root);
  const auto usage = stores::computeDiskUsage(scan.entries);
  EXPECT_EQ(usage.totalBytes, store.uniqueBytes());
  ASSERT_EQ(usage.bySource.size(), 1u);
  EXPECT_EQ(usage.bySource[0].bytes, store.uniqueBytes());
  EXPECT_EQ(usage.bySource[0].files, 7u);
  EXPECT_EQ(usage.orphanBytes, store.sizes.at('f'));
  EXPECT_EQ(usage.partialBytes, 1000u);
  EXPECT_TRUE(usage.duplicates.empty());
  EXPECT_EQ(usage.reclaimableBytes(), store.sizes.at('f') + 1000u);
  const auto copy = std::find_if(usage.byModel.begin(), usage.byModel.end(),
                                 [](const auto& bucket) { return bucket.label == "someone/copy:7b"; });
  ASSERT_NE(copy, usage.byModel.end());
  EXPECT_EQ(copy->bytes, store.sizes.at('a') + store.sizes.at('c'));
}

TEST(StoresOllama, NotesAMissingBlobAndAnUnreadableManifest) {
  testing::TempFolder dir;
  const auto root = dir.path() / "models";
  writeGoneAndBadManifests(root);
  const auto scan = stores::scanOllamaStore(root);
  EXPECT_TRUE(scan.entries.empty());
  ASSERT_EQ(scan.notes.size(), 3u); // two missing blobs, one bad manifest
  const auto missing = std::count_if(scan.notes.begin(), scan.notes.end(), [](const auto& note) {
    return note.text.id == MessageId::MissingBlob && note.text.args.size() == 2 &&
           note.message == "missing blob " + note.text.args[0].text + " (" + note.text.args[1].text + ")";
  });
  EXPECT_EQ(missing, 2);
}

TEST(StoresOllama, AManifestWithFieldsOfTheWrongTypeIsANoteNotACrash) {
  testing::TempFolder dir;
  const auto store = testing::makeOllamaStore(dir.path() / "models");
  const auto before = stores::scanOllamaStore(store.root);
  testing::writeText(store.root / "manifests" / "registry.ollama.ai" / "library" / "odd" / "latest", kOddManifest);
  const auto scan = stores::scanOllamaStore(store.root);
  EXPECT_EQ(scan.entries.size(), before.entries.size()) << "the other models are still found";
  EXPECT_TRUE(entriesOf(scan, "odd:latest").empty());
  ASSERT_EQ(scan.notes.size(), before.notes.size() + 2); // the config and the model layer
  EXPECT_EQ(scan.notes.back().message, "a layer without a media type or digest (model)");
  EXPECT_EQ(scan.notes.back().text.id, MessageId::LayerWithoutDigestOf);
  ASSERT_EQ(scan.notes.back().text.args.size(), 1u);
  EXPECT_EQ(scan.notes.back().text.args[0].text, "model");
}

TEST(StoresOllama, ANonStoreFolderIsANote) {
  testing::TempFolder dir;
  const auto scan = stores::scanOllamaStore(dir.path());
  EXPECT_TRUE(scan.entries.empty());
  ASSERT_EQ(scan.notes.size(), 1u);
  EXPECT_EQ(scan.notes[0].text.id, MessageId::NoOllamaStoreHere);
  EXPECT_EQ(scan.notes[0].message, "no Ollama store here (no manifests or blobs folder)");
}

} // namespace
} // namespace md

namespace md {
namespace {

TEST(StoresOllamaManifest, PathForEveryNameForm) {
  const std::filesystem::path root = "/m";
  const auto manifests = root / "manifests";
  EXPECT_EQ(stores::ollamaManifestPath(root, "qwen2"),
            manifests / "registry.ollama.ai" / "library" / "qwen2" / "latest");
  EXPECT_EQ(stores::ollamaManifestPath(root, "someone/m:7b"),
            manifests / "registry.ollama.ai" / "someone" / "m" / "7b");
  EXPECT_EQ(stores::ollamaManifestPath(root, "hf.co/user/repo:Q4_K_M"),
            manifests / "hf.co" / "user" / "repo" / "Q4_K_M");
  EXPECT_EQ(stores::ollamaManifestPath(root, "localhost:5000/ns/m"),
            manifests / "localhost:5000" / "ns" / "m" / "latest");
  for (const char* bad : {"", "a//b", "../../etc/passwd", "x:..", "a/b/c/d", "m:"})
    EXPECT_TRUE(stores::ollamaManifestPath(root, bad).empty()) << bad;
  // The reverse of ollamaModelName.
  EXPECT_EQ(
      stores::ollamaModelName(stores::ollamaManifestPath(root, "hf.co/user/repo:Q4_K_M").lexically_relative(manifests)),
      "hf.co/user/repo:Q4_K_M");
}

TEST(StoresOllamaManifest, ReadsLayersWithTheirBlobs) {
  testing::TempFolder dir;
  const auto store = testing::makeOllamaStore(dir.path() / "models");
  auto llava = stores::readOllamaManifest(store.root, "llava");
  ASSERT_TRUE(llava.ok()) << llava.error().describe();
  EXPECT_EQ(llava->model, "llava:latest");
  EXPECT_EQ(llava->config.kind, "config");
  EXPECT_EQ(llava->config.digest, "sha256:" + testing::hexOf('c'));
  ASSERT_EQ(llava->layers.size(), 3u);
  EXPECT_EQ(llava->layers[1].kind, "projector");
  EXPECT_EQ(llava->layers[1].mediaType, "application/vnd.ollama.image.projector");
  EXPECT_EQ(llava->layers[1].blob, store.root / "blobs" / ("sha256-" + testing::hexOf('b')));
  auto legacy = stores::readOllamaManifest(store.root, "hf.co/user/repo:Q4_K_M");
  ASSERT_TRUE(legacy.ok());
  EXPECT_EQ(legacy->layers[0].blob, store.root / "blobs" / ("sha256:" + testing::hexOf('e')));
}

TEST(StoresOllamaManifest, MissingModelBlobAndBadManifestAreSaid) {
  testing::TempFolder dir;
  const auto root = dir.path() / "models";
  writeGoneAndBadManifests(root);
  auto missing = stores::readOllamaManifest(root, "nope:7b");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
  EXPECT_EQ(missing.error().message, "nope:7b is not in the store at " + pathToUtf8(root));
  auto gone = stores::readOllamaManifest(root, "gone");
  ASSERT_TRUE(gone.ok());
  EXPECT_TRUE(gone->layers[0].blob.empty()) << "the blob is missing";
  auto bad = stores::readOllamaManifest(root, "bad");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::Malformed);
  testing::writeText(root / "manifests" / "registry.ollama.ai" / "library" / "odd" / "latest", kOddManifest);
  auto odd = stores::readOllamaManifest(root, "odd");
  ASSERT_FALSE(odd.ok());
  EXPECT_EQ(odd.error().code, ErrorCode::Malformed);
  EXPECT_EQ(odd.error().message, "The manifest of odd has a layer without a media type or digest");
  EXPECT_EQ(odd.error().text.id, MessageId::ManifestLayerWithoutDigest);
  ASSERT_EQ(odd.error().text.args.size(), 1u);
  EXPECT_EQ(odd.error().text.args[0].text, "odd");
}

TEST(StoresOllamaManifest, ParsingNeverThrowsAndSaysWhatIsMissing) {
  auto odd = stores::parseOllamaManifest(kOddManifest);
  ASSERT_TRUE(odd.ok());
  EXPECT_TRUE(odd->hasLayers);
  ASSERT_TRUE(odd->config.has_value());
  EXPECT_TRUE(odd->config->object);
  EXPECT_FALSE(odd->config->wellFormed);
  EXPECT_EQ(odd->config->digest, "");
  ASSERT_EQ(odd->layers.size(), 2u);
  EXPECT_EQ(odd->layers[0].mediaType, "application/vnd.ollama.image.model");
  EXPECT_FALSE(odd->layers[0].wellFormed);
  EXPECT_EQ(odd->layers[0].size, 0u);
  EXPECT_FALSE(odd->layers[1].object);
  auto good = stores::parseOllamaManifest(
      R"({"layers": [{"mediaType": "application/vnd.ollama.image.model", "digest": "sha256:ab", "size": 42}]})");
  ASSERT_TRUE(good.ok());
  EXPECT_FALSE(good->config.has_value());
  ASSERT_EQ(good->layers.size(), 1u);
  EXPECT_TRUE(good->layers[0].wellFormed);
  EXPECT_EQ(good->layers[0].digest, "sha256:ab");
  EXPECT_EQ(good->layers[0].size, 42u);
  EXPECT_FALSE(stores::parseOllamaManifest(R"({"config": {}})")->hasLayers);
  for (const char* notAnObject : {"{not json", "[]", "\"text\"", ""})
    EXPECT_EQ(stores::parseOllamaManifest(notAnObject).error().code, ErrorCode::Malformed) << notAnObject;
}

} // namespace
} // namespace md
