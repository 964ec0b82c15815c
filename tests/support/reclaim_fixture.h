#pragma once
// Stores with something to reclaim, for the reclaim tests (core, CLI, UI):
// an Ollama store with a model, an old orphan blob, a fresh orphan, partial
// downloads (-partial and -partial-0); a Hugging Face cache and a user
// folder each holding a copy of the model's GGUF (a duplicate), the folder
// also a .part download and a merge's leftover whose process is gone.

#include <cstdint>
#include <filesystem>
#include <string>

namespace md::testing {

struct ReclaimFixture {
  std::filesystem::path ollama, hub, folder;
  std::filesystem::path modelBlob, configBlob, orphan, freshOrphan, partial, partialMeta;
  std::filesystem::path hfBlob, hfSnapshotFile, folderCopy, folderPart, leftover;
  std::string modelHex, orphanHex;
};

// Builds it all below `root`; the orphan and partial files are two hours old.
ReclaimFixture makeReclaimFixture(const std::filesystem::path& root);

// Sets a file's modification time `hours` back from now.
void ageFile(const std::filesystem::path& path, int hours);

// A manifest "late:latest" in `store` naming the blob `hex` (and the config `configHex`).
std::filesystem::path writeManifestUsing(const std::filesystem::path& store, const std::string& configHex,
                                         const std::string& hex);

} // namespace md::testing
