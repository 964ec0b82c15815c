// Stores with something to reclaim (see reclaim_fixture.h).

#include "tests/support/reclaim_fixture.h"

#include <chrono>

#include "tests/support/digest.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/model_store_fixture.h"
#include "tests/support/temp_folder.h"

namespace fs = std::filesystem;

namespace md::testing {

void ageFile(const fs::path& path, int hours) {
  fs::last_write_time(path, fs::file_time_type::clock::now() - std::chrono::hours(hours));
}

fs::path writeManifestUsing(const fs::path& store, const std::string& configHex, const std::string& hex) {
  return writeStoreManifest(store, "late", "latest", {"sha256-" + configHex, "sha256-" + hex});
}

ReclaimFixture makeReclaimFixture(const fs::path& root) {
  ReclaimFixture f;
  f.ollama = root / "ollama";
  f.hub = root / "hub";
  f.folder = root / "我的 模型";
  fs::create_directories(f.ollama / "blobs");
  const fs::path staging = root / "model.gguf";
  tinyLlama("reclaim").write(staging);
  f.modelHex = sha256OfFile(staging);
  f.modelBlob = f.ollama / "blobs" / ("sha256-" + f.modelHex);
  fs::copy_file(staging, f.modelBlob);
  const std::string config = writeStoreBlob(f.ollama, R"({"model_format":"gguf"})");
  f.configBlob = f.ollama / "blobs" / config;
  writeStoreManifest(f.ollama, "qwen", "latest", {config, "sha256-" + f.modelHex});

  tinyLlama("orphan").write(root / "orphan.gguf");
  f.orphanHex = sha256OfFile(root / "orphan.gguf");
  f.orphan = f.ollama / "blobs" / ("sha256-" + f.orphanHex);
  fs::rename(root / "orphan.gguf", f.orphan);
  f.freshOrphan = f.ollama / "blobs" / writeStoreBlob(f.ollama, "an upload a create is about to use");
  f.partial = f.ollama / "blobs" / ("sha256-" + std::string(64, 'b') + "-partial");
  f.partialMeta = f.ollama / "blobs" / ("sha256-" + std::string(64, 'b') + "-partial-0");
  writeText(f.partial, std::string(3000, 'p'));
  writeText(f.partialMeta, R"({"N":0,"Offset":0,"Size":3000})");

  const fs::path repo = f.hub / "models--org--repo";
  f.hfBlob = repo / "blobs" / f.modelHex;
  fs::create_directories(repo / "blobs");
  fs::copy_file(staging, f.hfBlob);
  writeText(repo / "refs" / "main", "0123456789abcdef");
  f.hfSnapshotFile = repo / "snapshots" / "0123456789abcdef" / "model-Q4.gguf";
  fs::create_directories(f.hfSnapshotFile.parent_path());
  fs::create_symlink(fs::path("../../blobs") / f.modelHex, f.hfSnapshotFile);

  f.folderCopy = f.folder / "copy.gguf";
  fs::create_directories(f.folder);
  fs::copy_file(staging, f.folderCopy);
  f.folderPart = f.folder / "other.gguf.part";
  writeText(f.folderPart, std::string(2000, 'q'));
  f.leftover = f.folder / ".merged.gguf.modeldesk-partial-999999999";
  writeText(f.leftover, std::string(1500, 'l'));
  fs::remove(staging);
  for (const fs::path& old : {f.orphan, f.partial, f.partialMeta, f.folderPart})
    ageFile(old, 2);
  return f;
}

} // namespace md::testing
