#include "core/stores/hf_cache.h"

#include <fstream>
#include <map>
#include <set>

#include "core/stores/file_walk.h"
#include "core/util/paths.h"

namespace fs = std::filesystem;

namespace md::stores {
namespace {

// refs/<name> hold the commit a ref points at: commit -> "main".
std::map<std::string, std::string> readRefs(const fs::path& repo, DirectoryWalker& walker) {
  std::map<std::string, std::string> refs;
  if (!fs::is_directory(repo / "refs"))
    return refs;
  walker.walk(
      repo / "refs",
      [&](const fs::path& file, const FileStat&) {
        std::ifstream in(file);
        std::string commit;
        in >> commit;
        const std::string name = pathToUtf8(file.lexically_relative(repo / "refs"));
        auto [it, added] = refs.emplace(commit, name);
        if (!added && name == "main")
          it->second = name;
      },
      4);
  return refs;
}

bool holdsRepoFolders(const fs::path& dir) {
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (!huggingFaceRepoId(pathToUtf8(it->path().filename())).empty())
      return true;
  return false;
}

// HF_HOME holds the hub cache in hub/; HF_HUB_CACHE is the hub cache itself.
fs::path hubCacheIn(const fs::path& given) {
  if (!holdsRepoFolders(given) && fs::is_directory(given / "hub"))
    return given / "hub";
  return given;
}

class HubScanner {
public:
  HubScanner(const fs::path& given, const CancelToken* cancel)
      : hub_(hubCacheIn(given)), walker_(scan_.notes, cancel) {}

  SourceScan run() {
    if (!fs::is_directory(hub_)) {
      scan_.notes.emplace_back(hub_, Message(MessageId::NoHfCacheHere));
      return std::move(scan_);
    }
    std::vector<fs::path> blobDirs;
    bool anyRepo = false;
    for (const fs::path& child : walker_.list(hub_)) {
      const std::string repoId = huggingFaceRepoId(pathToUtf8(child.filename()));
      if (repoId.empty() || !fs::is_directory(child))
        continue;
      anyRepo = true;
      scanRepo(child, repoId);
      if (fs::is_directory(child / "blobs"))
        blobDirs.push_back(child / "blobs");
    }
    if (fs::is_directory(hub_ / "blobs"))
      blobDirs.push_back(hub_ / "blobs");
    else if (!anyRepo)
      scan_.notes.emplace_back(hub_, Message(MessageId::NoHfCacheFolders));
    for (const fs::path& dir : blobDirs)
      scanBlobs(dir);
    return std::move(scan_);
  }

private:
  void scanRepo(const fs::path& repo, const std::string& repoId) {
    const auto refs = readRefs(repo, walker_);
    if (!fs::is_directory(repo / "snapshots"))
      return;
    for (const fs::path& snapshot : walker_.list(repo / "snapshots")) {
      const std::string revision = pathToUtf8(snapshot.filename());
      const auto ref = refs.find(revision);
      const std::string label = ref != refs.end() ? ref->second : revision.substr(0, 8);
      walker_.walk(snapshot, [&](const fs::path& file, const FileStat& stat) {
        addSnapshotFile(repoId, label, snapshot, file, stat);
      });
    }
  }

  void addSnapshotFile(const std::string& repoId, const std::string& label, const fs::path& snapshot,
                       const fs::path& file, const FileStat& stat) {
    StoreEntry entry = fileEntry(SourceKind::HuggingFace, hub_, file, stat);
    const std::string relative = pathToUtf8(file.lexically_relative(snapshot));
    entry.displayName = repoId + "@" + label + "/" + relative;
    entry.model = repoId;
    const std::string lower = lowerAscii(pathToUtf8(file.filename()));
    entry.gguf = endsWith(lower, ".gguf");
    if (stat.isSymlink) {
      const std::string blobName = pathToUtf8(entry.realPath.filename());
      if (isHexDigest(blobName, 64))
        entry.sha256 = blobName;
    }
    used_.insert(stat.identity);
    scan_.entries.push_back(std::move(entry));
  }

  // Blobs no snapshot uses are orphans; *.incomplete are partial downloads.
  void scanBlobs(const fs::path& dir) {
    const std::string owner =
        dir.parent_path() == hub_ ? "(shared blobs)" : huggingFaceRepoId(pathToUtf8(dir.parent_path().filename()));
    for (const fs::path& blob : walker_.list(dir)) {
      const FileStat stat = statFile(blob);
      if (!stat.isRegular || used_.count(stat.identity))
        continue;
      StoreEntry entry = fileEntry(SourceKind::HuggingFace, hub_, blob, stat);
      const std::string name = pathToUtf8(blob.filename());
      entry.partial = endsWith(name, ".incomplete");
      entry.orphan = !entry.partial;
      entry.model = entry.partial ? "(partial downloads)" : owner;
      entry.displayName = owner + "/blobs/" + name;
      if (isHexDigest(name, 64))
        entry.sha256 = name;
      scan_.entries.push_back(std::move(entry));
    }
  }

  fs::path hub_;
  SourceScan scan_;
  DirectoryWalker walker_;
  std::set<std::string> used_;
};

} // namespace

std::string huggingFaceRepoId(const std::string& folderName) {
  const std::string prefix = "models--";
  if (folderName.rfind(prefix, 0) != 0 || folderName.size() == prefix.size())
    return {};
  std::string id = folderName.substr(prefix.size());
  const auto separator = id.find("--");
  if (separator != std::string::npos)
    id.replace(separator, 2, "/");
  return id;
}

SourceScan scanHuggingFaceCache(const fs::path& hubDir, const CancelToken* cancel) {
  return HubScanner(hubDir, cancel).run();
}

} // namespace md::stores
