#include "core/ollama/store_probe.h"

#include <chrono>
#include <random>
#include <system_error>

#include "core/io/staged_output.h"
#include "core/ollama/digest.h"
#include "core/util/paths.h"
#include "core/util/sha256.h"

namespace md::ollama {
namespace {

namespace fs = std::filesystem;

// Content no other file has: the probe's name is its SHA-256.
std::string uniqueProbeContent() {
  std::random_device random;
  const auto now = std::chrono::system_clock::now().time_since_epoch().count();
  return "ModelDesk store probe " + std::to_string(now) + " " + std::to_string(random()) + " " +
         std::to_string(random()) + "\n";
}

struct PlacedProbe {
  fs::path blob;
  std::string digest;
};

Result<PlacedProbe> placeProbe(const fs::path& blobs) {
  const std::string content = uniqueProbeContent();
  Sha256 hash;
  hash.update(content.data(), content.size());
  PlacedProbe probe;
  const std::string hex = hash.finishHex();
  probe.digest = digestFromHex(hex);
  probe.blob = blobs / ("sha256-" + hex);
  auto staged =
      io::StagedOutput::create(probe.blob, content.size(), {false, [](const fs::path&) { return UINT64_MAX / 2; }});
  if (!staged)
    return staged.error();
  if (auto written = staged->file().write(std::as_bytes(std::span(content.data(), content.size()))); !written)
    return written.error();
  if (auto committed = staged->commit(); !committed)
    return committed.error();
  return probe;
}

} // namespace

Result<StoreProbe> probeServerStore(const Client& client, const std::vector<fs::path>& candidates,
                                    ProgressReporter& progress) {
  StoreProbe outcome;
  progress.beginPhase("probing", candidates.size());
  std::size_t tried = 0;
  for (const auto& candidate : candidates) {
    if (progress.cancelled())
      return ProgressReporter::cancelledError();
    progress.update(tried++);
    std::error_code ec;
    if (!fs::is_directory(candidate, ec))
      continue;
    progress.note(Message(MessageId::ProbingStore, {pathToUtf8(candidate), client.baseUrl()}));
    const fs::path blobs = candidate / "blobs";
    const bool madeBlobs = !fs::exists(blobs, ec) && fs::create_directory(blobs, ec);
    auto probe = placeProbe(blobs);
    if (!probe) {
      if (madeBlobs)
        fs::remove(blobs, ec);
      outcome.notes.push_back(Message(MessageId::StoreNotWritable, {pathToUtf8(candidate), probe.error().text}));
      continue;
    }
    outcome.writableCandidate = true;
    auto seen = client.hasBlob(probe->digest, progress.cancelToken());
    fs::remove(probe->blob, ec);
    if (!seen) {
      if (madeBlobs)
        fs::remove(blobs, ec);
      return seen.error();
    }
    if (*seen) {
      outcome.store = candidate;
      progress.note(Message(MessageId::StoreProven, {pathToUtf8(candidate), client.baseUrl()}));
      break;
    }
    if (madeBlobs)
      fs::remove(blobs, ec);
    outcome.notes.push_back(Message(MessageId::StoreNotTheServers, {pathToUtf8(candidate), client.baseUrl()}));
  }
  progress.update(candidates.size());
  progress.finishPhase();
  return outcome;
}

} // namespace md::ollama
