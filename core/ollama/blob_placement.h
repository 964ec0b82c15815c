#pragma once
// Placing blobs straight into a local Ollama server's store (proven by
// store_probe first), instead of uploading them: Ollama's HEAD only looks for
// blobs/sha256-<hex>, and create uses that file as it is. Every blob is made
// under a hidden temp name in blobs/ (io::partialPathFor, so a later run finds
// what a killed one left) and renamed to sha256-<hex> once its digest is
// known:
//   - a join or merge is written there once, hashed in the same pass
//     (blocks are cloned where the filesystem can);
//   - a single file is cloned (copy-on-write: the blob stays safe when the
//     source changes), else hard-linked (editing the source in place would
//     change the model), else, across filesystems, copied with the hash in
//     the same pass; moved only when asked (a rename; across filesystems a
//     copy with the hash in the same pass, and the source is removed only by
//     keep(), once the model uses the complete blob).
// The placer remembers what it placed; unless keep() is called (the model
// exists and uses the blobs), removePlaced() or its destructor removes those
// blobs again and puts moved files back. Blobs the store already had are
// never touched.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/ollama/import_plan.h"
#include "core/util/progress.h"
#include "core/util/result.h"

namespace md::ollama {

enum class Placement { Auto, Upload, Copy, Link, Reflink, Move };
// "auto", "upload", "copy", "link", "reflink", "move".
const char* placementName(Placement placement);
std::optional<Placement> placementFromName(std::string_view name);

struct PlacedBlob {
  std::string digest;                 // "sha256:<hex>"
  std::filesystem::path path;         // <store>/blobs/sha256-<hex>
  Placement method = Placement::Copy; // Copy, Link, Reflink or Move
  std::uint64_t bytesWritten = 0;     // new bytes on the disk (0 for a clone, a link or a move)
  bool alreadyInStore = false;        // the store had this blob: nothing was placed
};

struct PlacementOptions {
  bool trustCacheDigest = false; // a Hugging Face cache name is taken as the digest without hashing
  // Free bytes at a folder (tests); default: the filesystem's.
  std::function<std::uint64_t(const std::filesystem::path&)> freeSpace;
};

class BlobPlacer {
public:
  BlobPlacer(std::filesystem::path store, PlacementOptions options = {});
  ~BlobPlacer();
  BlobPlacer(const BlobPlacer&) = delete;
  BlobPlacer& operator=(const BlobPlacer&) = delete;

  // Places one blob by `requested` (Auto picks clone, link or copy; Upload
  // is not a placement). Fails without leaving a temp file.
  Result<PlacedBlob> place(const ImportBlob& blob, Placement requested, ProgressReporter& progress);

  // The model uses the placed blobs now: they stay, and the sources of moves
  // across filesystems are removed (a note each, or a warning when one
  // cannot be: it stays, nothing is lost).
  void keep(const ProgressReporter* progress = nullptr);
  // Removes every blob this placer placed (moved files go back), with a note each.
  void removePlaced(const ProgressReporter* progress = nullptr);

  const std::filesystem::path& store() const { return store_; }
  std::filesystem::path blobsDir() const { return store_ / "blobs"; }

private:
  struct Placed {
    std::filesystem::path blob;
    std::filesystem::path movedFrom;    // set for a move: where it goes back
    std::filesystem::path removeOnKeep; // a move across filesystems: the source, removed by keep()
  };
  Result<PlacedBlob> join(const ImportBlob& blob, Placement method, ProgressReporter& progress);
  Result<PlacedBlob> shareOrMove(const ImportBlob& blob, Placement method, ProgressReporter& progress);
  Result<PlacedBlob> moveAcross(const ImportBlob& blob, ProgressReporter& progress);
  // Names the temp file by `digest` (hashing it when empty), or drops it
  // when the store has that blob already.
  Result<PlacedBlob> commitTemp(const ImportBlob& blob, const std::filesystem::path& temp, PlacedBlob placed,
                                ProgressReporter& progress);
  Status checkDigest(const ImportBlob& blob, const std::string& digest) const;

  std::filesystem::path store_;
  PlacementOptions options_;
  std::vector<Placed> placed_;
};

// Whether two existing paths are on one filesystem (a link, a clone or a
// rename can share blocks between them).
bool onSameFilesystem(const std::filesystem::path& a, const std::filesystem::path& b);

// The temp files killed imports left in a store's blobs/ folder (their
// process is gone) are removed, each with a note; returns how many.
std::size_t removeLeftoverImportTemps(const std::filesystem::path& store, const ProgressReporter& progress);

} // namespace md::ollama
